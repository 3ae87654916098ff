import { z } from 'zod';
import { holdersOf } from '../authority/roles.ts';
import { EscalationClosedError } from '../escalation/errors.ts';
import {
  acknowledge,
  advanceEscalation as advanceMachine,
  startEscalation as startMachine,
} from '../escalation/escalationMachine.ts';
import type { EscalationState } from '../escalation/escalationState.ts';
import {
  advanceTo,
  escalationDirectory,
  escalationDocument,
  escalationEntry,
  levelPhrase,
  loadPeople,
  nameOf,
  readEscalation,
  type EscalationDirectory,
} from './advanceEscalation.ts';
import { requireStepUp } from '../access/stepUp.ts';
import { defineCommand, type CommandContext, type CommandReads } from './command.ts';
import { conflict, forbidden } from './errors.ts';
import {
  openPagesOf,
  responderWrites,
  stoppedPage,
  type PageAcknowledgement,
} from '../paging/pageStops.ts';
import type { PageDoc } from '../paging/pageRecords.ts';

export const acknowledgePageInput = z
  .object({
    escalationId: z.string().min(1).max(64),
    /** Acknowledge for someone who was paged (they phoned in); the screen asks for confirmation first. */
    onBehalfOf: z.string().min(1).max(64).optional(),
  })
  .strict();

const VIA_TEXT = {
  sms: ' by SMS reply',
  voice: ' by key press in the call',
  email: ' by the e-mail link',
  app: '',
} as const;

/** Everyone this escalation has paged so far, replayed from its start (the state keeps only the current level). */
function everyonePaged(
  state: EscalationState,
  directory: EscalationDirectory,
  now: Date,
): string[] {
  const policy = {
    id: state.policyId,
    name: state.policyName,
    levels: state.levels,
    repeat: state.repeat,
    serviceIds: [],
    severities: [],
  };
  const replay = advanceMachine(
    startMachine(policy, new Date(state.startedAt)),
    now,
    directory.resolve,
  );
  const replayed = replay.events.flatMap((e) => (e.kind === 'page' ? e.personIds : []));
  return [...new Set([...replayed, ...state.pagedPersonIds])];
}

/** "3 min", "40 s", "1 h 5 min". */
export function elapsed(fromIso: string, to: Date): string {
  const seconds = Math.max(0, Math.round((to.getTime() - Date.parse(fromIso)) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest > 0 ? ` ${rest} min` : ''}`;
}

function closedMessage(reference: string, error: unknown): string {
  if (error instanceof EscalationClosedError) return `${reference}: ${error.message}`;
  throw error;
}

/**
 * Stop an escalation because someone acknowledged it: from the app, or
 * from where the page landed (SMS reply, key press, e-mail link). Steps
 * already due are taken first, so the timeline shows what happened before;
 * every page still going out stops; the person joins as a responder.
 */
export async function planAcknowledgement(
  reads: CommandReads,
  context: CommandContext,
  escalationId: string,
  ack: PageAcknowledgement,
) {
  const { escalation, incident, state } = await readEscalation(reads, escalationId);
  if (escalation.status === 'cancelled')
    throw conflict(`${incident.reference}: this escalation was stopped; nothing to acknowledge`);
  const directory = await escalationDirectory(reads, incident);
  const advanced = await advanceTo(reads, context, escalation, state, directory, context.now);
  const paged = everyonePaged(advanced.state, directory, context.now);
  const commanders = holdersOf(incident.roles ?? [], 'incident-commander');
  const who = ack.onBehalfOf ?? ack.by;
  let acknowledged: EscalationState;
  try {
    acknowledged = acknowledge(advanced.state, who, context.now);
  } catch (error) {
    throw conflict(closedMessage(incident.reference, error));
  }
  if (!paged.includes(who) && !(ack.onBehalfOf === undefined && commanders.includes(who))) {
    await loadPeople(reads, directory, paged);
    const names = paged.map((id) => nameOf(directory, id)).join(', ') || 'nobody yet';
    throw forbidden(
      ack.onBehalfOf
        ? `You can acknowledge only for someone this escalation paged (${names})`
        : `Only someone this escalation paged (${names}) or the Incident Commander can acknowledge it`,
    );
  }
  // From the app, acknowledging a page sent to someone else needs a fresh sign-in (docs/access.md).
  if (ack.via === 'app' && (ack.onBehalfOf !== undefined || !paged.includes(who)))
    requireStepUp(context, 'acknowledge a page sent to someone else');
  await loadPeople(reads, directory, [ack.by, who]);
  const where =
    advanced.state.levelIndex > 0 || advanced.state.round > 0
      ? ` at ${levelPhrase(advanced.state, advanced.state.levelIndex, advanced.state.round)}`
      : '';
  const behalf = ack.onBehalfOf ? ` on behalf of ${nameOf(directory, who)} (confirmed)` : '';
  const text = `Acknowledged by ${nameOf(directory, ack.by)}${behalf}${VIA_TEXT[ack.via]} after ${elapsed(escalation.startedAt, context.now)}${where}`;
  const document = escalationDocument(escalation, acknowledged, context);
  const pages = await openPagesOf(reads, incident.id, escalation.id);
  return {
    writes: [
      { kind: 'escalations' as const, document },
      // Pages taken on the way are stopped at once with the rest.
      ...advanced.writes.map((write) =>
        write.kind === 'communications' && write.document.kind === 'page'
          ? { ...write, document: stoppedPage(write.document as PageDoc, ack, context) }
          : write,
      ),
      ...pages.map((page) => ({
        kind: 'communications' as const,
        document: stoppedPage(page, ack, context),
      })),
      ...responderWrites(incident, who, context),
      escalationEntry(context, incident.id, text, context.now.toISOString(), true),
    ],
    // Pages taken on the way are on the timeline; announcing them now would only be noise.
    result: { escalation: document, pages: [] },
  };
}

/** A paged person (or the Incident Commander) acknowledges in the app: paging stops. */
export const acknowledgePage = defineCommand({
  name: 'acknowledgePage',
  summary: 'Acknowledge a page: stop the escalation (optionally on behalf of someone paged)',
  input: acknowledgePageInput,
  permission: 'person',
  stepUpWhen: 'the page was sent to someone else (the Incident Commander acknowledging)',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person')
      throw forbidden(
        'Acknowledge as a person: sign in (or act for a named person with an act-for-others token) so the timeline says who',
      );
    const onBehalfOf = input.onBehalfOf === context.actor.id ? undefined : input.onBehalfOf;
    return planAcknowledgement(reads, context, input.escalationId, {
      by: context.actor.id,
      via: 'app',
      ...(onBehalfOf ? { onBehalfOf } : {}),
    });
  },
});
