import { describe, expect, it } from 'vitest';
import type { Actor } from './command.ts';
import { acknowledgePage, elapsed } from './acknowledgePage.ts';
import { advanceEscalation } from './advanceEscalation.ts';
import {
  applyWrites,
  escalationTexts,
  memoryReads,
  minutesAfter,
  T0,
  testContext,
  type MemoryStore,
  personActor,
  confirmedPersonActor,
  startedEscalation,
} from './startEscalation.testHelpers.ts';

async function ack(store: MemoryStore, escalationId: string, minutes: number, actor: Actor) {
  const outcome = await acknowledgePage.plan(
    memoryReads(store),
    { escalationId },
    // Signed in and confirmed just now: who may acknowledge is what these tests are about.
    testContext(
      minutesAfter(minutes),
      actor.kind === 'person' ? confirmedPersonActor(actor.id, minutesAfter(minutes)) : actor,
    ),
  );
  applyWrites(store, outcome.writes);
  return outcome.result;
}

describe('acknowledgePage', () => {
  it('stops the escalation when the paged person acknowledges', async () => {
    const { store, id } = await startedEscalation();
    const { escalation } = await ack(store, id, 3, personActor('aisha-bello'));
    expect(escalation).toMatchObject({
      status: 'acknowledged',
      nextDueAt: '',
      acknowledgedBy: 'aisha-bello',
      acknowledgedAt: '2026-11-26T10:03:00.000Z',
    });
    expect(escalationTexts(store).at(-1)).toBe('10:03 Acknowledged by Aisha Bello after 3 min');
    const later = await advanceEscalation.plan(
      memoryReads(store),
      { escalationId: id },
      testContext(minutesAfter(60)),
    );
    expect(later.writes).toEqual([]);
  });

  it('takes the missed steps first, and lets an earlier level acknowledge late', async () => {
    const { store, id } = await startedEscalation();
    await ack(store, id, 7, personActor('aisha-bello'));
    expect(escalationTexts(store).slice(2)).toEqual([
      '10:05 No acknowledgement in 5 min: escalated to level 2 of 3 — Maya Okafor, Platform SRE lead',
      '10:05 Paged Maya Okafor (Platform SRE lead, level 2 of 3)',
      '10:07 Acknowledged by Aisha Bello after 7 min at level 2 of 3',
    ]);
  });

  it('lets the Incident Commander acknowledge and refuses bystanders and integrations', async () => {
    const { store, id } = await startedEscalation();
    await expect(ack(store, id, 1, personActor('mallory'))).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('(Aisha Bello) or the Incident Commander'),
    });
    await expect(ack(store, id, 1, { kind: 'integration', id: 'api' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await ack(store, id, 2, personActor('ada'))).escalation.acknowledgedBy).toBe('ada');
  });

  it('refuses to acknowledge twice or after the escalation ran out', async () => {
    const { store, id } = await startedEscalation();
    await ack(store, id, 1, personActor('aisha-bello'));
    await expect(ack(store, id, 2, personActor('ada'))).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already acknowledged by aisha-bello'),
    });
    const exhausted = await startedEscalation();
    await expect(ack(exhausted.store, exhausted.id, 600, personActor('ada'))).rejects.toMatchObject(
      {
        code: 'conflict',
        message: expect.stringContaining('ran out of levels'),
      },
    );
  });
});

describe('elapsed', () => {
  it('reads like a person would say it', () => {
    const from = T0.toISOString();
    expect(elapsed(from, new Date(T0.getTime() + 40_000))).toBe('40 s');
    expect(elapsed(from, minutesAfter(3))).toBe('3 min');
    expect(elapsed(from, minutesAfter(65))).toBe('1 h 5 min');
    expect(elapsed(from, minutesAfter(120))).toBe('2 h');
  });
});
