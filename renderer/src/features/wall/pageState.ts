import type { EscalationView } from '../command/escalationView.ts';

/**
 * What the wall says about paging for one incident. Built from whatever the
 * escalation records today (paged, acknowledged, exhausted, stopped); richer
 * delivery states (sent, delivered, failed) add a tone and a line here and
 * every wall row and detail picks them up.
 */
export type PageTone = 'unacknowledged' | 'acknowledged' | 'exhausted' | 'stopped' | 'none';

export interface PageStateView {
  tone: PageTone;
  /** The words the room reads first; "PAGE NOT ACKNOWLEDGED" when nobody has answered. */
  headline: string;
  /** Whom, at which level, or who acknowledged and when. */
  detail: string;
  /** Shouts on the wall (red, large) until somebody acknowledges. */
  loud: boolean;
}

export interface PageStateNames {
  nameOf(personId: string): string;
  time(at: string): string;
}

function pagedWhom(view: EscalationView, names: PageStateNames): string {
  const whom = view.pagedPersonIds.map(names.nameOf).join(', ') || 'nobody reachable';
  return `Paging ${whom} · level ${view.level} of ${view.levels}`;
}

export function pageStateOf(
  view: EscalationView | undefined,
  names: PageStateNames,
): PageStateView {
  if (!view) return { tone: 'none', headline: 'No page sent', detail: '', loud: false };
  const { escalation } = view;
  switch (escalation.status) {
    case 'active':
      return {
        tone: 'unacknowledged',
        headline: 'PAGE NOT ACKNOWLEDGED',
        detail: pagedWhom(view, names),
        loud: true,
      };
    case 'acknowledged':
      return {
        tone: 'acknowledged',
        headline: 'Page acknowledged',
        detail: `by ${names.nameOf(escalation.acknowledgedBy ?? '')} at ${names.time(escalation.acknowledgedAt ?? '')}`,
        loud: false,
      };
    case 'exhausted':
      return {
        tone: 'exhausted',
        headline: 'PAGE NOT ACKNOWLEDGED',
        detail: `Nobody answered all ${view.levels} levels — page someone by hand`,
        loud: true,
      };
    default:
      return { tone: 'stopped', headline: 'Paging stopped', detail: '', loud: false };
  }
}
