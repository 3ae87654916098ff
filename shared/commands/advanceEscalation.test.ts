import { describe, expect, it } from 'vitest';
import { advanceEscalation } from './advanceEscalation.ts';
import {
  applyWrites,
  escalationTexts,
  memoryReads,
  minutesAfter,
  testContext,
  type MemoryStore,
  startedEscalation,
} from './startEscalation.testHelpers.ts';

async function advance(store: MemoryStore, escalationId: string, minutes: number, clock = minutes) {
  const outcome = await advanceEscalation.plan(
    memoryReads(store),
    { escalationId, now: minutesAfter(minutes).toISOString() },
    testContext(minutesAfter(clock)),
  );
  applyWrites(store, outcome.writes);
  return outcome;
}

describe('advanceEscalation', () => {
  it('escalates at the timeout and stamps each step with the time it was due', async () => {
    const { store, id } = await startedEscalation();
    expect((await advance(store, id, 4)).writes).toEqual([]);
    const outcome = await advance(store, id, 5.5);
    expect(escalationTexts(store).slice(2)).toEqual([
      '10:05 No acknowledgement in 5 min: escalated to level 2 of 3 — Maya Okafor, Platform SRE lead',
      '10:05 Paged Maya Okafor (Platform SRE lead, level 2 of 3)',
    ]);
    expect(outcome.result.pages.map((p) => p.personIds)).toEqual([['maya-okafor']]);
    expect(store.escalations?.[0]).toMatchObject({
      status: 'active',
      nextDueAt: '2026-11-26T10:15:00.000Z',
    });
  });

  it('writes nothing when run twice for the same moment', async () => {
    const { store, id } = await startedEscalation();
    await advance(store, id, 20);
    const before = store.timeline?.length;
    const again = await advance(store, id, 20);
    expect(again.writes).toEqual([]);
    expect(again.result.changed).toBe(false);
    expect(store.timeline?.length).toBe(before);
  });

  it('catches up every missed step in order, repeats, then gives up with a starred entry', async () => {
    const { store, id } = await startedEscalation();
    await advance(store, id, 120);
    expect(escalationTexts(store).slice(2)).toEqual([
      '10:05 No acknowledgement in 5 min: escalated to level 2 of 3 — Maya Okafor, Platform SRE lead',
      '10:05 Paged Maya Okafor (Platform SRE lead, level 2 of 3)',
      '10:15 No acknowledgement in 10 min: escalated to level 3 of 3 — Duty Major Incident Manager',
      '10:15 Paged Yusuf Demir (Duty Major Incident Manager, level 3 of 3)',
      '10:30 No acknowledgement in 15 min: starting again at level 1 of 3, repeat 1 of 1 — Payments on-call',
      '10:30 Paged Aisha Bello (Payments on-call, level 1 of 3, repeat 1 of 1)',
      '10:35 No acknowledgement in 5 min: escalated to level 2 of 3, repeat 1 of 1 — Maya Okafor, Platform SRE lead',
      '10:35 Paged Maya Okafor (Platform SRE lead, level 2 of 3, repeat 1 of 1)',
      '10:45 No acknowledgement in 10 min: escalated to level 3 of 3, repeat 1 of 1 — Duty Major Incident Manager',
      '10:45 Paged Yusuf Demir (Duty Major Incident Manager, level 3 of 3, repeat 1 of 1)',
      '11:00 Escalation exhausted: nobody acknowledged after 2 round(s) of Payments tier-1 SEV1/SEV2 — page someone by hand',
    ]);
    expect(store.timeline?.at(-1)?.starred).toBe(true);
    expect(store.escalations?.[0]).toMatchObject({ status: 'exhausted', nextDueAt: '' });
    expect((await advance(store, id, 180)).writes).toEqual([]);
  });

  it('stops paging once the incident is resolved', async () => {
    const { store, id } = await startedEscalation();
    const incident = store.incidents?.[0];
    if (incident) incident.status = 'resolved';
    await advance(store, id, 5);
    expect(store.escalations?.[0]).toMatchObject({ status: 'cancelled', nextDueAt: '' });
    expect(escalationTexts(store).at(-1)).toBe(
      '10:05 Escalation stopped: the incident is resolved',
    );
  });

  it('refuses a moment later than the node clock and unknown escalations', async () => {
    const { store, id } = await startedEscalation();
    await expect(advance(store, id, 10, 5)).rejects.toMatchObject({
      code: 'invalid-input',
      problems: [{ field: 'now', reason: 'is later than the node clock' }],
    });
    await expect(advance(store, 'esc-nope', 5)).rejects.toMatchObject({ code: 'not-found' });
  });
});
