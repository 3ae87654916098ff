import type { CommandContext, CommandReads, DocumentWrite } from '../commands/command.ts';
import { timelineWrite } from '../commands/timelineEntry.ts';
import { rotationFromDefinition } from '../oncall/fromRotationDefinition.ts';
import { whoIsOnCall } from '../oncall/whoIsOnCall.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { pageWrites } from './pageRecords.ts';

export interface DutyCommander {
  personId: string;
  rotationName: string;
  /** Why the declarer does not command: "declared by an integration". */
  because: string;
}

/**
 * Who commands an incident the declarer should not: when it is declared
 * by an integration (or the node), or by a person who is not among the
 * duty Incident Commander rotation's participants, whoever is on call on
 * that rotation now takes command. Nothing changes when no rotation is
 * marked as the duty rotation, or nobody is on call on it.
 */
export async function dutyCommanderFor(
  reads: CommandReads,
  context: CommandContext,
): Promise<DutyCommander | undefined> {
  const units = await reads.find('organisation', { kind: 'rotation' });
  const duty = units.find((u) => u.rotation?.dutyCommander);
  if (!duty?.rotation) return undefined;
  const { actor } = context;
  if (actor.kind === 'person' && duty.rotation.participantIds.includes(actor.id)) return undefined;
  let personId: string | undefined;
  try {
    const rotation = rotationFromDefinition({ id: duty.id, name: duty.name, ...duty.rotation });
    personId = whoIsOnCall(rotation, context.now)?.personId;
  } catch {
    return undefined;
  }
  if (!personId || (actor.kind === 'person' && actor.id === personId)) return undefined;
  const because =
    actor.kind === 'person'
      ? 'declared by someone without command authority'
      : `declared by ${actor.kind === 'integration' ? 'an integration' : 'the node'} (${actor.id})`;
  return { personId, rotationName: duty.name, because };
}

/** The duty commander hears about it at once: a page through their contact methods, and a timeline entry. */
export async function dutyCommanderWrites(
  reads: CommandReads,
  context: CommandContext,
  incident: IncidentDoc,
  duty: DutyCommander,
): Promise<DocumentWrite[]> {
  const person = await reads.get('people', duty.personId);
  const name = person?.displayName ?? duty.personId;
  const text = `Duty Incident Commander ${name} (${duty.rotationName}) takes command: ${duty.because}`;
  return [
    timelineWrite(context, incident.id, 'role-change', text, { starred: true }),
    ...(await pageWrites(reads, context, {
      incident,
      personIds: [duty.personId],
      reason: 'duty-commander',
      text: `You are Incident Commander of ${incident.reference} (${incident.severity}): ${incident.title}`,
    })),
  ];
}
