import type { CommandContext, CommandReads, DocumentWrite } from '../commands/command.ts';
import { timelineWrite } from '../commands/timelineEntry.ts';
import { updatedCommunication } from '../communications/messageUpdate.ts';
import type { IncidentDoc } from '../schema/incident.ts';

/**
 * What resolving an incident stops in the same transaction: its running
 * update cadences, so no update shows as due or overdue afterwards (a reopen
 * re-arms the policy ones). Paging stops through the escalation scheduler,
 * which reacts to the status change (`STOP_COMMANDS`); handoff reminders
 * and cadence notices follow active incidents only.
 */
export async function resolveStops(
  reads: CommandReads,
  incident: IncidentDoc,
  context: CommandContext,
): Promise<DocumentWrite[]> {
  const cadences = await reads.find('communications', { incidentId: incident.id, kind: 'cadence' });
  const running = cadences.filter((c) => !c.stopped);
  if (running.length === 0) return [];
  const plural = running.length === 1 ? '' : 's';
  return [
    ...running.map((cadence) => ({
      kind: 'communications' as const,
      document: updatedCommunication(cadence, { stopped: true }, context),
    })),
    timelineWrite(
      context,
      incident.id,
      'system',
      `Resolved: stopped ${running.length} scheduled update cadence${plural}`,
    ),
  ];
}
