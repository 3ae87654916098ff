import type { AlertDoc, AlertStatus, NormalisedAlert } from '../schema/alert.ts';

/** Which episode of a dedup key an event belongs to, given the newest stored one. */
export interface EpisodeChoice {
  episode: number;
  /** The event folds into the newest episode (false: it opens a new one). */
  continues: boolean;
}

/**
 * Deduplication: events with the same key fold into one alert while it is
 * open; a trigger after a resolve opens the next episode. A repeated resolve
 * or a late acknowledgement of a closed alert folds into the closed one.
 */
export function chooseEpisode(latest: AlertDoc | undefined, event: NormalisedAlert): EpisodeChoice {
  if (!latest) return { episode: 1, continues: false };
  if (latest.status !== 'resolved' || event.status !== 'firing')
    return { episode: latest.episode, continues: true };
  return { episode: latest.episode + 1, continues: false };
}

function nextStatus(previous: AlertStatus | undefined, event: AlertStatus): AlertStatus {
  if (previous === 'resolved') return 'resolved';
  // A tool re-sending a firing alert does not undo a person's acknowledgement.
  if (previous === 'acknowledged' && event === 'firing') return 'acknowledged';
  return event;
}

export interface FoldContext {
  id: string;
  integrationId: string;
  episode: number;
  now: string;
  hlc: string;
}

/**
 * The alert after one more event. A trigger brings the tool's latest view
 * (summary, severity, labels, links); an acknowledgement or resolve keeps
 * what the trigger said (PagerDuty's resolve carries no payload).
 */
export function foldAlertEvent(
  previous: AlertDoc | undefined,
  event: NormalisedAlert,
  context: FoldContext,
): AlertDoc {
  const status = nextStatus(previous?.status, event.status);
  const content =
    !previous || event.status === 'firing' ? eventContent(event) : previousContent(previous);
  const resolvedNow = status === 'resolved' && previous?.status !== 'resolved';
  const resolvedAt = resolvedNow ? context.now : previous?.resolvedAt;
  const endsAt =
    status === 'resolved' ? (event.endsAt ?? previous?.endsAt ?? context.now) : undefined;
  return stripUndefined({
    ...content,
    id: context.id,
    integrationId: context.integrationId,
    hlc: context.hlc,
    dedupKey: event.dedupKey,
    episode: context.episode,
    source: event.source,
    sourceEventId: event.sourceEventId ?? previous?.sourceEventId,
    status,
    startsAt: previous?.startsAt ?? event.startsAt,
    endsAt,
    count: (previous?.count ?? 0) + 1,
    firstSeenAt: previous?.firstSeenAt ?? context.now,
    lastSeenAt: context.now,
    resolvedAt,
    incidentId: previous?.incidentId,
    suppressedBy: previous?.suppressedBy,
    raw: event.raw,
  });
}

type AlertContent = Pick<
  AlertDoc,
  | 'severity'
  | 'sourceSeverity'
  | 'summary'
  | 'service'
  | 'component'
  | 'group'
  | 'class'
  | 'labels'
  | 'links'
>;

function eventContent(event: NormalisedAlert): AlertContent {
  const { severity, sourceSeverity, summary, service, component, group, labels, links } = event;
  return {
    severity,
    sourceSeverity,
    summary,
    service,
    component,
    group,
    class: event.class,
    labels,
    links,
  };
}

function previousContent(previous: AlertDoc): AlertContent {
  const { severity, sourceSeverity, summary, service, component, group, labels, links } = previous;
  return {
    severity,
    sourceSeverity,
    summary,
    service,
    component,
    group,
    class: previous.class,
    labels,
    links,
  };
}

function stripUndefined(alert: AlertDoc): AlertDoc {
  return Object.fromEntries(
    Object.entries(alert).filter(([, value]) => value !== undefined),
  ) as AlertDoc;
}
