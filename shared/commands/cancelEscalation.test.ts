import { describe, expect, it } from 'vitest';
import { acknowledgePage } from './acknowledgePage.ts';
import { advanceEscalation } from './advanceEscalation.ts';
import { cancelEscalation } from './cancelEscalation.ts';
import { CommandError } from './errors.ts';
import {
  applyWrites,
  escalationTexts,
  memoryReads,
  minutesAfter,
  testContext,
  personActor,
  confirmedPersonActor,
  startedEscalation,
} from './startEscalation.testHelpers.ts';

describe('cancelEscalation', () => {
  it('stops paging with the reason on the timeline, and the scheduler pages nobody after', async () => {
    const { store, id } = await startedEscalation();
    const stop = await cancelEscalation.plan(
      memoryReads(store),
      { escalationId: id, reason: 'Paged the wrong rotation' },
      testContext(minutesAfter(2), personActor('ada')),
    );
    applyWrites(store, stop.writes);
    expect(stop.result.escalation).toMatchObject({ status: 'cancelled', nextDueAt: '' });
    expect(escalationTexts(store).at(-1)).toMatch(
      /Paging stopped by .*: Paged the wrong rotation$/,
    );

    const later = await advanceEscalation.plan(
      memoryReads(store),
      { escalationId: id },
      testContext(minutesAfter(90)),
    );
    expect(later.writes).toEqual([]);
  });

  it('refuses anyone but the Incident Commander or Deputy, naming who may', async () => {
    const { store, id } = await startedEscalation();
    const attempt = cancelEscalation.plan(
      memoryReads(store),
      { escalationId: id, reason: 'Not needed' },
      testContext(minutesAfter(1), personActor('aisha-bello')),
    );
    await expect(attempt).rejects.toThrow(CommandError);
    await expect(attempt).rejects.toMatchObject({ code: 'forbidden' });
    await expect(attempt).rejects.toThrow(/Incident Commander or Deputy/);
  });

  it('refuses to stop an escalation that is already acknowledged', async () => {
    const { store, id } = await startedEscalation();
    const ack = await acknowledgePage.plan(
      memoryReads(store),
      { escalationId: id },
      testContext(minutesAfter(1), confirmedPersonActor('ada', minutesAfter(1))),
    );
    applyWrites(store, ack.writes);
    await expect(
      cancelEscalation.plan(
        memoryReads(store),
        { escalationId: id, reason: 'Too late' },
        testContext(minutesAfter(2), personActor('ada')),
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('needs a reason', () => {
    const parsed = cancelEscalation.input.safeParse({ escalationId: 'esc-1', reason: ' ' });
    expect(parsed.success).toBe(false);
  });
});
