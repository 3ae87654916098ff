import { readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/commands/command.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import {
  createEscalationTestNode,
  escalationTimeline,
  MINUTE,
  type EscalationTestNode,
} from './escalationScheduler.testHelpers.ts';

let node: EscalationTestNode | undefined;
afterEach(async () => {
  await node?.scheduler.stop();
  await node?.autoStart.stop();
  await node?.database.remove();
  if (node) rmSync(node.checkpointDir, { recursive: true, force: true });
  node = undefined;
});

const oliver: Actor = { kind: 'person', id: 'oliver-hughes' };

async function declare(test: EscalationTestNode, severity: string): Promise<string> {
  const incident = (await test.execute(
    'declareIncident',
    { title: 'Card payments failing', severity, serviceIds: ['payments-gateway'] },
    oliver,
  )) as { id: string };
  await test.settle();
  return incident.id;
}

const escalationsOf = async (test: EscalationTestNode, incidentId: string) =>
  (await kindStore(test.database).find('escalations', { selector: { incidentId } })).map(
    (e) => e.status,
  );

describe('escalation auto-start', () => {
  it('catches up on a declaration made just before a crash, but not on old ones', async () => {
    node = await createEscalationTestNode();
    const old = await declare(node, 'SEV1');
    await node.clock.advance(20 * MINUTE, node.settle);
    const recent = await declare(node, 'SEV1');
    expect(await kindStore(node.database).count('escalations')).toBe(0);

    await node.autoStart.start();
    await node.settle();
    expect(await escalationsOf(node, recent)).toEqual(['active']);
    expect(await escalationsOf(node, old)).toEqual([]);
  });

  it('starts when a reclassification brings the incident under a policy', async () => {
    node = await createEscalationTestNode();
    const matrix = JSON.parse(
      readFileSync(
        new URL('../../../resources/framework/decision-authority.json', import.meta.url),
        'utf8',
      ),
    ) as Record<string, unknown>;
    await node.execute(
      'adoptFramework',
      { kind: 'decisionMatrix', name: 'Decision-authority matrix', definition: matrix },
      { kind: 'system', id: 'node' },
    );
    await node.autoStart.start();
    const incidentId = await declare(node, 'SEV3');
    expect(await escalationsOf(node, incidentId)).toEqual([]);
    await node.execute(
      'reclassifyIncident',
      { incidentId, severity: 'SEV1', reason: 'Card authorisations failing for every issuer' },
      oliver,
    );
    await node.settle();
    expect(await escalationsOf(node, incidentId)).toEqual(['active']);
  });

  it('stops paging as soon as the incident is resolved', async () => {
    node = await createEscalationTestNode();
    await node.autoStart.start();
    await node.scheduler.start();
    const incidentId = await declare(node, 'SEV1');
    await node.clock.advance(2 * MINUTE, node.settle);
    await node.execute(
      'changeIncidentStatus',
      { incidentId, status: 'resolved', resolutionSummary: 'Paging checked, all fine' },
      oliver,
    );
    await node.settle();
    expect(await escalationsOf(node, incidentId)).toEqual(['cancelled']);
    expect((await escalationTimeline(node, incidentId)).at(-1)).toBe(
      '10:02 Escalation stopped: the incident is resolved',
    );
    expect(node.clock.pendingTimers).toBe(0);
  });
});
