import { z } from 'zod';
import { roleLabel } from '../authority/roles.ts';
import { ACTIVE_STATUSES, type IncidentStatus } from '../domain/incident.ts';
import {
  advanceEscalation as advanceMachine,
  type ResolveTargets,
} from '../escalation/escalationMachine.ts';
import {
  parseEscalationState,
  type EscalationEvent,
  type EscalationState,
} from '../escalation/escalationState.ts';
import type { EscalationLevel, EscalationTarget } from '../escalation/policySchema.ts';
import { escalationTargetResolver } from '../escalation/targetResolver.ts';
import { rotationFromDefinition } from '../oncall/fromRotationDefinition.ts';
import type { OnCallRotation } from '../oncall/rotationSchema.ts';
import type { EscalationDoc } from '../schema/escalation.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import {
  defineCommand,
  type CommandContext,
  type CommandReads,
  type DocumentWrite,
} from './command.ts';
import { invalidInput, notFound } from './errors.ts';
import { pageWrites } from '../paging/pageRecords.ts';
import { timelineWrite } from './timelineEntry.ts';

/** Each page goes out to the person through their contact methods (the outbox sends it). */
async function escalationPageWrites(
  reads: CommandReads,
  context: CommandContext,
  escalation: Pick<EscalationDoc, 'id' | 'incidentId'>,
  pages: readonly PageNotice[],
): Promise<DocumentWrite[]> {
  if (pages.length === 0) return [];
  const incident = await reads.get('incidents', escalation.incidentId);
  if (!incident) return [];
  const writes: DocumentWrite[] = [];
  for (const page of pages)
    writes.push(
      ...(await pageWrites(reads, context, {
        incident,
        personIds: page.personIds,
        reason: 'escalation',
        escalationId: escalation.id,
        text: page.text,
      })),
    );
  return writes;
}

/** A page the node should also announce (desktop notification), beside its timeline entry. */
export interface PageNotice {
  incidentId: string;
  escalationId: string;
  personIds: string[];
  text: string;
  at: string;
}

/** Who targets mean and what to call them, read once per command. */
export interface EscalationDirectory {
  resolve: ResolveTargets;
  rotationNames: ReadonlyMap<string, string>;
  people: Map<string, { displayName: string; jobTitle?: string }>;
}

export async function escalationDirectory(
  reads: CommandReads,
  incident: IncidentDoc,
): Promise<EscalationDirectory> {
  const units = await reads.find('organisation', { kind: 'rotation' });
  const rotations: OnCallRotation[] = [];
  for (const unit of units) {
    if (!unit.rotation) continue;
    // A rotation that no longer parses pages nobody rather than stopping every escalation.
    try {
      rotations.push(rotationFromDefinition({ id: unit.id, name: unit.name, ...unit.rotation }));
    } catch {
      continue;
    }
  }
  const incidentRoles = (incident.roles ?? []).map(({ role, personId }) => ({ role, personId }));
  return {
    resolve: escalationTargetResolver({ rotations, incidentRoles }),
    rotationNames: new Map(units.map((u) => [u.id, u.name])),
    people: new Map(),
  };
}

/** Load display names for these people into the directory (unknown ids show as themselves). */
export async function loadPeople(
  reads: CommandReads,
  directory: EscalationDirectory,
  personIds: Iterable<string>,
): Promise<void> {
  for (const id of personIds) {
    if (directory.people.has(id)) continue;
    const person = await reads.get('people', id);
    if (person)
      directory.people.set(id, {
        displayName: person.displayName,
        ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
      });
  }
}

export const nameOf = (directory: EscalationDirectory, id: string): string =>
  directory.people.get(id)?.displayName ?? id;

function targetLabel(directory: EscalationDirectory, target: EscalationTarget): string {
  if (target.kind === 'role') return roleLabel(target.role);
  if (target.kind === 'rotation') {
    const name = directory.rotationNames.get(target.rotationId) ?? target.rotationId;
    return name.replace(/\s*\([^)]*\)\s*$/, '');
  }
  const person = directory.people.get(target.personId);
  return person?.jobTitle ?? nameOf(directory, target.personId);
}

function describeLevel(directory: EscalationDirectory, level: EscalationLevel | undefined): string {
  return (level?.targets ?? [])
    .map((t) =>
      t.kind === 'person' && directory.people.get(t.personId)?.jobTitle
        ? `${nameOf(directory, t.personId)}, ${targetLabel(directory, t)}`
        : targetLabel(directory, t),
    )
    .join(' + ');
}

export function levelPhrase(state: EscalationState, levelIndex: number, round: number): string {
  const repeat = round > 0 ? `, repeat ${round} of ${state.repeat}` : '';
  return `level ${levelIndex + 1} of ${state.levels.length}${repeat}`;
}

function pageText(
  directory: EscalationDirectory,
  state: EscalationState,
  event: EscalationEvent & { kind: 'page' },
): string {
  const phrase = levelPhrase(state, event.levelIndex, event.round);
  const seen = new Set<string>();
  const groups = event.targets.flatMap((target) => {
    const people = directory.resolve(target, new Date(event.at)).filter((id) => !seen.has(id));
    people.forEach((id) => seen.add(id));
    const names = people.map((id) => nameOf(directory, id)).join(', ');
    return people.length > 0 ? [{ names, label: targetLabel(directory, target) }] : [];
  });
  const [only] = groups;
  if (!only)
    return `Nobody to page at ${phrase} (${event.targets.map((t) => targetLabel(directory, t)).join(' + ')}): moving on`;
  if (groups.length === 1) return `Paged ${only.names} (${only.label}, ${phrase})`;
  return `Paged ${groups.map((g) => `${g.names} (${g.label})`).join(' and ')} — ${phrase}`;
}

function escalateText(
  directory: EscalationDirectory,
  state: EscalationState,
  event: EscalationEvent & { kind: 'escalate' },
): string {
  const from = state.levels[event.from.levelIndex];
  const why = event.reason.startsWith('nobody')
    ? `Nobody could be paged at level ${event.from.levelIndex + 1}`
    : `No acknowledgement in ${from?.ackTimeoutMinutes ?? 0} min`;
  const to = levelPhrase(state, event.to.levelIndex, event.to.round);
  const step = event.to.round > event.from.round ? `starting again at ${to}` : `escalated to ${to}`;
  return `${why}: ${step} — ${describeLevel(directory, state.levels[event.to.levelIndex])}`;
}

export function eventText(
  directory: EscalationDirectory,
  state: EscalationState,
  event: EscalationEvent,
): string {
  if (event.kind === 'page') return pageText(directory, state, event);
  if (event.kind === 'escalate') return escalateText(directory, state, event);
  return `Escalation exhausted: nobody acknowledged after ${event.rounds} round(s) of ${state.policyName} — page someone by hand`;
}

/** A timeline write stamped with the moment the step was due rather than when the node got to it. */
export function escalationEntry(
  context: CommandContext,
  incidentId: string,
  text: string,
  at: string,
  starred = false,
): DocumentWrite {
  const write = timelineWrite(context, incidentId, 'escalation', text, { starred });
  return { kind: 'timeline', document: { ...write.document, at } };
}

export interface AdvancedEscalation {
  state: EscalationState;
  writes: DocumentWrite[];
  pages: PageNotice[];
}

/** Take every step due up to `now`: the new state plus one timeline entry per step. */
export async function advanceTo(
  reads: CommandReads,
  context: CommandContext,
  escalation: Pick<EscalationDoc, 'id' | 'incidentId'>,
  state: EscalationState,
  directory: EscalationDirectory,
  now: Date,
): Promise<AdvancedEscalation> {
  const step = advanceMachine(state, now, directory.resolve);
  const levelPeople = state.levels
    .flatMap((l) => l.targets)
    .flatMap((t) => (t.kind === 'person' ? [t.personId] : []));
  const paged = step.events.flatMap((e) => (e.kind === 'page' ? e.personIds : []));
  await loadPeople(reads, directory, [...levelPeople, ...paged]);
  const writes: DocumentWrite[] = [];
  const pages: PageNotice[] = [];
  for (const event of step.events) {
    const text = eventText(directory, state, event);
    writes.push(
      escalationEntry(context, escalation.incidentId, text, event.at, event.kind === 'exhausted'),
    );
    if (event.kind === 'page' && event.personIds.length > 0)
      pages.push({
        incidentId: escalation.incidentId,
        escalationId: escalation.id,
        personIds: event.personIds,
        text,
        at: event.at,
      });
  }
  writes.push(...(await escalationPageWrites(reads, context, escalation, pages)));
  return { state: step.state, writes, pages };
}

/** The stored document for a state (status and nextDueAt follow the state). */
export function escalationDocument(
  previous: EscalationDoc,
  state: EscalationState,
  context: CommandContext,
): EscalationDoc {
  return {
    ...previous,
    status: state.status,
    state: state as unknown as EscalationDoc['state'],
    nextDueAt: state.dueAt ?? '',
    ...(state.acknowledgedBy ? { acknowledgedBy: state.acknowledgedBy } : {}),
    ...(state.acknowledgedAt ? { acknowledgedAt: state.acknowledgedAt } : {}),
    hlc: context.nextHlc(),
  };
}

/** Read an escalation and its incident, or fail with an error a commander can act on. */
export async function readEscalation(reads: CommandReads, escalationId: string) {
  const escalation = await reads.get('escalations', escalationId);
  if (!escalation) throw notFound('escalation', escalationId);
  const incident = await reads.get('incidents', escalation.incidentId);
  if (!incident) throw notFound('incident', escalation.incidentId);
  return { escalation, incident, state: parseEscalationState(escalation.state) };
}

const isActiveIncident = (status: string) => ACTIVE_STATUSES.includes(status as IncidentStatus);

export const advanceEscalationInput = z
  .object({
    escalationId: z.string().min(1).max(64),
    /** Defaults to the node's clock; may not be later than it. */
    now: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

/**
 * Take every escalation step due by `now`, each on the timeline at the time it
 * was due. Idempotent: a second run for the same `now` writes nothing.
 */
export const advanceEscalation = defineCommand({
  name: 'advanceEscalation',
  summary: 'Take the escalation steps that are due (run by the node scheduler)',
  input: advanceEscalationInput,
  permission: 'node',
  async plan(reads, input, context) {
    const now = input.now ? new Date(input.now) : context.now;
    if (now.getTime() > context.now.getTime())
      throw invalidInput([{ field: 'now', reason: 'is later than the node clock' }]);
    const { escalation, incident, state } = await readEscalation(reads, input.escalationId);
    if (escalation.status !== 'active')
      return { writes: [], result: { escalation, changed: false, pages: [] } };
    if (!isActiveIncident(incident.status)) {
      const stopped: EscalationDoc = {
        ...escalation,
        status: 'cancelled',
        nextDueAt: '',
        hlc: context.nextHlc(),
      };
      const text = `Escalation stopped: the incident is ${incident.status}`;
      const writes = [
        { kind: 'escalations', document: stopped } as const,
        escalationEntry(context, incident.id, text, now.toISOString()),
      ];
      return { writes, result: { escalation: stopped, changed: true, pages: [] } };
    }
    const directory = await escalationDirectory(reads, incident);
    const advanced = await advanceTo(reads, context, escalation, state, directory, now);
    if (advanced.writes.length === 0)
      return { writes: [], result: { escalation, changed: false, pages: [] } };
    const document = escalationDocument(escalation, advanced.state, context);
    return {
      writes: [{ kind: 'escalations', document }, ...advanced.writes],
      result: { escalation: document, changed: true, pages: advanced.pages },
    };
  },
});
