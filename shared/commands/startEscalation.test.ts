import { describe, expect, it } from 'vitest';
import { parseEscalationPolicy } from '../escalation/parsePolicy.ts';
import { policyForIncident, startEscalation } from './startEscalation.ts';
import {
  applyWrites,
  catchAllPolicy,
  escalationStore,
  escalationTexts,
  memoryReads,
  paymentsPolicy,
  T0,
  testContext,
  type MemoryStore,
} from './startEscalation.testHelpers.ts';

async function start(store: MemoryStore, input: { incidentId: string; policyId?: string }) {
  const outcome = await startEscalation.plan(memoryReads(store), input, testContext(T0));
  applyWrites(store, outcome.writes);
  return outcome.result;
}

describe('startEscalation', () => {
  it('picks the service policy, stores the escalation and pages level 1 at once', async () => {
    const store = escalationStore();
    const { escalation, pages } = await start(store, { incidentId: 'inc-1' });
    expect(escalation).toMatchObject({
      incidentId: 'inc-1',
      policyId: 'payments-major',
      policyName: 'Payments tier-1 SEV1/SEV2',
      status: 'active',
      startedAt: T0.toISOString(),
      nextDueAt: '2026-11-26T10:05:00.000Z',
    });
    expect(escalationTexts(store)).toEqual([
      '10:00 Escalation started under "Payments tier-1 SEV1/SEV2" (3 level(s), 1 repeat(s))',
      '10:00 Paged Aisha Bello (Payments on-call, level 1 of 3)',
    ]);
    expect(pages).toEqual([
      {
        incidentId: 'inc-1',
        escalationId: escalation.id,
        personIds: ['aisha-bello'],
        text: 'Paged Aisha Bello (Payments on-call, level 1 of 3)',
        at: T0.toISOString(),
      },
    ]);
  });

  it('falls back to the catch-all policy for other services and takes an explicit policy', async () => {
    const other = escalationStore({ serviceIds: ['document-store'], severity: 'SEV3' });
    expect((await start(other, { incidentId: 'inc-1' })).escalation.policyId).toBe('catch-all');
    expect(escalationTexts(other)[1]).toBe(
      '10:00 Paged Yusuf Demir (Duty Major Incident Manager, level 1 of 1)',
    );
    const chosen = escalationStore({ severity: 'SEV4' });
    const byFramework = await start(chosen, { incidentId: 'inc-1', policyId: 'fw-catch-all' });
    expect(byFramework.escalation.policyId).toBe('catch-all');
  });

  it('says which policy is missing when nothing matches', async () => {
    const store = escalationStore({ severity: 'SEV4' });
    await expect(start(store, { incidentId: 'inc-1' })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('escalation policy for SEV4 on payments-gateway'),
    });
    await expect(start(store, { incidentId: 'inc-1', policyId: 'nope' })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(start(store, { incidentId: 'inc-404' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('refuses a second active escalation and incidents that are over', async () => {
    const store = escalationStore();
    await start(store, { incidentId: 'inc-1' });
    await expect(start(store, { incidentId: 'inc-1' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already escalating under "Payments tier-1 SEV1/SEV2"'),
    });
    const resolved = escalationStore({ status: 'resolved' });
    await expect(start(resolved, { incidentId: 'inc-1' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('moves straight on when a level has nobody to page', async () => {
    const store = escalationStore({ roles: [] });
    store.frameworks?.push({
      id: 'fw-ic-first',
      kind: 'escalationPolicy',
      name: 'IC first',
      definition: {
        id: 'ic-first',
        name: 'IC first',
        levels: [
          { targets: [{ kind: 'role', role: 'incident-commander' }], ackTimeoutMinutes: 5 },
          { targets: [{ kind: 'person', personId: 'maya-okafor' }], ackTimeoutMinutes: 5 },
        ],
      },
      hlc: 'h',
    });
    await start(store, { incidentId: 'inc-1', policyId: 'ic-first' });
    expect(escalationTexts(store).slice(1)).toEqual([
      '10:00 Nobody to page at level 1 of 2 (Incident Commander): moving on',
      '10:00 Nobody could be paged at level 1: escalated to level 2 of 2 — Maya Okafor, Platform SRE lead',
      '10:00 Paged Maya Okafor (Platform SRE lead, level 2 of 2)',
    ]);
  });
});

describe('policyForIncident', () => {
  const policies = [paymentsPolicy, catchAllPolicy].map((p) => parseEscalationPolicy(p));
  it('prefers a policy naming one of the services over a catch-all', () => {
    expect(
      policyForIncident(policies, { serviceIds: ['itsm', 'payments-gateway'], severity: 'SEV2' })
        ?.id,
    ).toBe('payments-major');
    expect(policyForIncident(policies, { severity: 'SEV2' })?.id).toBe('catch-all');
    expect(policyForIncident(policies, { serviceIds: [], severity: 'SEV5' })).toBeUndefined();
  });
});
