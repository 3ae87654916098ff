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
import { defineCommand } from './command.ts';
import { conflict, forbidden } from './errors.ts';

export const acknowledgePageInput = z.object({ escalationId: z.string().min(1).max(64) }).strict();

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
 * A paged person (or the Incident Commander) acknowledges: paging stops.
 * Steps already due are taken first, so the timeline shows what happened before.
 */
export const acknowledgePage = defineCommand({
  name: 'acknowledgePage',
  summary: 'Acknowledge a page: stop the escalation',
  input: acknowledgePageInput,
  permission: 'person',
  stepUpWhen: 'the page was sent to someone else (the Incident Commander acknowledging)',
  async plan(reads, input, context) {
    const { escalation, incident, state } = await readEscalation(reads, input.escalationId);
    if (escalation.status === 'cancelled')
      throw conflict(`${incident.reference}: this escalation was stopped; nothing to acknowledge`);
    if (context.actor.kind !== 'person')
      throw forbidden(
        'Acknowledge as a person: sign in (or act for a named person with an act-for-others token) so the timeline says who',
      );
    const directory = await escalationDirectory(reads, incident);
    const advanced = await advanceTo(reads, context, escalation, state, directory, context.now);
    const paged = everyonePaged(advanced.state, directory, context.now);
    const commanders = holdersOf(incident.roles ?? [], 'incident-commander');
    const by = context.actor.id;
    let acknowledged: EscalationState;
    try {
      acknowledged = acknowledge(advanced.state, by, context.now);
    } catch (error) {
      throw conflict(closedMessage(incident.reference, error));
    }
    if (!paged.includes(by) && !commanders.includes(by)) {
      await loadPeople(reads, directory, paged);
      const names = paged.map((id) => nameOf(directory, id)).join(', ') || 'nobody yet';
      throw forbidden(
        `Only someone this escalation paged (${names}) or the Incident Commander can acknowledge it`,
      );
    }
    if (!paged.includes(by)) requireStepUp(context, 'acknowledge a page sent to someone else');
    await loadPeople(reads, directory, [by]);
    const where =
      advanced.state.levelIndex > 0 || advanced.state.round > 0
        ? ` at ${levelPhrase(advanced.state, advanced.state.levelIndex, advanced.state.round)}`
        : '';
    const text = `Acknowledged by ${nameOf(directory, by)} after ${elapsed(escalation.startedAt, context.now)}${where}`;
    const document = escalationDocument(escalation, acknowledged, context);
    return {
      writes: [
        { kind: 'escalations', document },
        ...advanced.writes,
        escalationEntry(context, incident.id, text, context.now.toISOString(), true),
      ],
      // Pages taken on the way are on the timeline; announcing them now would only be noise.
      result: { escalation: document, pages: [] },
    };
  },
});
