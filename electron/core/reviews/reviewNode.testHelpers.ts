import { kindStore } from '../../../shared/store/kindStore.ts';
import { createFrameworkTestNode } from '../commands/frameworkNode.testHelpers.ts';

/**
 * A SEV1 that Ada commanded and resolved, with a starred note, a plain note
 * and a correction on its timeline: what a review starts from.
 */
export async function resolvedIncidentNode() {
  const node = await createFrameworkTestNode();
  const incident = await node.run('declareIncident', {
    title: 'Card payments failing',
    severity: 'SEV1',
    summary: 'Authorisations time out',
  });
  node.clock.now = new Date('2026-11-26T10:05:00Z');
  await node.run('changeIncidentStatus', { incidentId: incident.id, status: 'investigating' });
  await node.run('addTimelineEntry', { incidentId: incident.id, text: 'Checked the dashboards' });
  const starred = await node.run('addTimelineEntry', {
    incidentId: incident.id,
    text: 'Rolled back release 42 at 10:10',
    starred: true,
  });
  await node.run('addTimelineEntry', {
    incidentId: incident.id,
    text: 'Rolled back release 42 at 10:12',
    starred: true,
    corrects: starred.id,
  });
  node.clock.now = new Date('2026-11-26T11:00:00Z');
  await node.run('changeIncidentStatus', {
    incidentId: incident.id,
    status: 'resolved',
    resolutionSummary: 'Release 42 exhausted the connection pool; rolled back',
  });
  const review = async (id: string) => kindStore(node.database).get('reviews', id);
  const actionItem = async (id: string) => kindStore(node.database).get('actionItems', id);
  return { ...node, incident, review, actionItem };
}
