import type { CommunicationDoc } from '../../../shared/schema/communication.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { storeKindWrites } from '../../../shared/store/kindWrites.ts';
import { createFrameworkTestNode } from '../commands/frameworkNode.testHelpers.ts';

/**
 * A SEV1 with Ada commanding and Priya as Communications Lead; Lee
 * approves for Legal and Sam for PR (the default policy, in sequence,
 * with its approvers named in place of the demo organisation's teams).
 */
export async function createCommsTestNode(options: { severity?: string; exercise?: boolean } = {}) {
  const node = await createFrameworkTestNode();
  await node.run('adoptFramework', {
    kind: 'approvalPolicy',
    name: 'Legal and PR sign-off',
    definition: {
      id: 'external-statements',
      name: 'Legal and PR sign-off',
      mode: 'sequence',
      approvers: [
        { id: 'legal', label: 'Legal', personIds: [node.ids.lee] },
        { id: 'pr', label: 'PR', personIds: [node.ids.sam] },
      ],
    },
  });
  const incident = await node.run('declareIncident', {
    title: 'Claims portal down',
    severity: options.severity ?? 'SEV1',
    summary: 'Logins fail since the 09:40 release; rolling back.',
    ...(options.exercise ? { exercise: true } : {}),
  });
  await node.run('assignRole', {
    incidentId: incident.id,
    role: 'communications-lead',
    personId: node.ids.priya,
  });
  const messages = async (): Promise<CommunicationDoc[]> =>
    kindStore(node.database).find('communications', {
      selector: { incidentId: incident.id, kind: 'message' },
    });
  /**
   * Store changes to a message as they would arrive from a peer, without a
   * command: the stored field clocks are kept as they were.
   */
  const overwriteMessage = async (id: string, changes: Partial<CommunicationDoc>) => {
    const stored = await kindStore(node.database).getStored('communications', id);
    if (!stored) throw new Error(`no message ${id}`);
    await storeKindWrites(node.database, [
      {
        kind: 'communications',
        document: { ...stored.document, ...changes },
        ...(stored.fieldClocks ? { fieldClocks: stored.fieldClocks } : {}),
      },
    ]);
  };
  const log = async () =>
    (
      await node.database.communicationLog
        .find({
          selector: { incidentId: incident.id },
          sort: [{ incidentId: 'asc' }, { hlc: 'asc' }],
        })
        .exec()
    ).map((e) => e.action);
  /** What the outbox does when every channel accepts: each queued delivery attempted, then delivered. */
  const deliverAll = async (messageId: string) => {
    const outbox = { kind: 'system', id: 'outbox' } as const;
    const message = await kindStore(node.database).get('communications', messageId);
    for (const delivery of message?.deliveries ?? []) {
      if (delivery.state !== 'queued') continue;
      const target = { messageId, key: delivery.key };
      await node.executor.execute('recordDeliveryAttempt', target, outbox);
      await node.executor.execute(
        'recordDeliveryResult',
        { ...target, outcome: 'delivered' },
        outbox,
      );
    }
  };
  return { ...node, incident, messages, overwriteMessage, log, deliverAll };
}
