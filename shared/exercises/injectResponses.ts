import type { TimelineEntryDoc } from '../schema/timelineEntry.ts';
import type { RunInject } from './exerciseRun.ts';

/**
 * What players did after each released inject, for the facilitator to set
 * beside the expected action: people's timeline entries (notes, decisions,
 * role and status changes) from that inject's release until the next one.
 */
export function responsesToInjects(
  injects: readonly RunInject[],
  timeline: readonly TimelineEntryDoc[],
): Map<number, TimelineEntryDoc[]> {
  const byId = new Map(timeline.map((e) => [e.id, e]));
  const released = injects
    .flatMap((inject) => {
      const entry = inject.state.timelineEntryId
        ? byId.get(inject.state.timelineEntryId)
        : undefined;
      return entry ? [{ number: inject.number, hlc: entry.hlc }] : [];
    })
    .sort((a, b) => a.hlc.localeCompare(b.hlc));
  const responses = new Map<number, TimelineEntryDoc[]>(released.map((r) => [r.number, []]));
  const actions = timeline
    .filter((e) => e.actorKind === 'person' && e.kind !== 'system')
    .sort((a, b) => a.hlc.localeCompare(b.hlc));
  for (const action of actions) {
    const latest = released.filter((r) => r.hlc < action.hlc).at(-1);
    if (latest) responses.get(latest.number)?.push(action);
  }
  return responses;
}
