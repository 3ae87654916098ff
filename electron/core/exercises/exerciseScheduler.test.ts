import { describe, expect, it } from 'vitest';
import { shortScenario } from '../../../shared/exercises/scenario.testHelpers.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createExerciseTestNode, FACILITATOR, PLAYER } from './exerciseNode.testHelpers.ts';

const MINUTE = 60_000;
/** Injects 1 at 0:00, 3 at 0:05, 4 at 0:10 on schedule; 2 is a contingency. */
const drill = {
  ...shortScenario,
  injects: [
    ...shortScenario.injects,
    { ...shortScenario.injects[0], number: 3, time: '0:05', contingencies: [] },
    { ...shortScenario.injects[0], number: 4, time: '0:10', contingencies: [] },
  ],
};

async function exerciseNode() {
  const node = await createExerciseTestNode();
  await node.run('adoptFramework', {
    kind: 'exerciseScenario',
    name: drill.title,
    definition: drill,
  });
  const { exercise, incident } = await node.run('startExercise', {
    scenarioId: drill.id,
    commanderId: PLAYER,
  });
  await node.scheduler.start();
  const clock = (action: string) =>
    node.run('controlExerciseClock', { exerciseId: exercise.id, action });
  const released = () => node.releasedOnTimeline(incident.id);
  const advance = (ms: number) => node.clock.advance(ms, node.settle);
  return { node, exercise, incident, clock, released, advance };
}

describe('exercise scheduler', () => {
  it('releases nothing before the clock starts, then each inject at its scenario time', async () => {
    const { node, clock, released, advance, incident } = await exerciseNode();
    await advance(30 * MINUTE);
    expect(await released()).toEqual([]);
    await clock('start');
    await node.settle();
    expect(await released()).toEqual([1]);
    await advance(5 * MINUTE - 1000);
    expect(await released()).toEqual([1]);
    await advance(1000);
    expect(await released()).toEqual([1, 3]);
    const entries = await node.database.timeline
      .find({ selector: { incidentId: incident.id } })
      .exec();
    const inject3 = entries.find((e) => e.text.startsWith('EXERCISE INJECT 3'));
    expect(inject3?.text).toBe(
      'EXERCISE INJECT 3 (scenario time 0:05:00) to Incident Commander, from Monitoring by alert: Portal down',
    );
    await node.stopScheduler();
  });

  it('holds scheduled injects while paused and releases them after resuming, shifted by the pause', async () => {
    const { node, clock, released, advance } = await exerciseNode();
    await clock('start');
    await advance(3 * MINUTE);
    await clock('pause');
    await advance(20 * MINUTE);
    expect(await released()).toEqual([1]);
    await clock('resume');
    await advance(2 * MINUTE - 1000);
    expect(await released()).toEqual([1]);
    await advance(1000);
    expect(await released()).toEqual([1, 3]);
    await node.stopScheduler();
  });

  it('resumes after a node restart: what fell due while down is released once, the rest on time', async () => {
    const { node, exercise, clock, released, advance } = await exerciseNode();
    await clock('start');
    await node.settle();
    await node.stopScheduler();
    // The node is down for seven minutes; the exercise clock keeps running in the room.
    await node.clock.advance(7 * MINUTE, async () => undefined);
    expect(await released()).toEqual([1]);
    await node.restartScheduler();
    expect(await released()).toEqual([1, 3]);
    await node.stopScheduler();
    await node.restartScheduler();
    expect(await released()).toEqual([1, 3]);
    await advance(3 * MINUTE);
    expect(await released()).toEqual([1, 3, 4]);
    const stored = await kindStore(node.database).get('exercises', exercise.id);
    expect(stored?.injects.map((i) => [i.number, i.status, i.releaseMode ?? null])).toEqual([
      [1, 'released', 'schedule'],
      [2, 'pending', null],
      [3, 'released', 'schedule'],
      [4, 'released', 'schedule'],
    ]);
    await node.stopScheduler();
  });

  it('leaves exercises started on another node to that node', async () => {
    const { node, clock, released, advance } = await exerciseNode();
    await node.stopScheduler();
    await node.restartScheduler('some-peer');
    await clock('start');
    await advance(15 * MINUTE);
    expect(await released()).toEqual([]);
    await node.stopScheduler();
  });

  it('lets the facilitator release by hand (even paused), skip and add contingencies — never twice', async () => {
    const { node, exercise, clock, released, advance } = await exerciseNode();
    await clock('start');
    await node.settle();
    await clock('pause');
    await node.run('releaseInject', { exerciseId: exercise.id, number: 2 });
    expect(await released()).toEqual([1, 2]);
    const again = await node.refusal(
      node.run('releaseInject', { exerciseId: exercise.id, number: 2 }),
    );
    expect(again).toMatchObject({ code: 'conflict', message: 'Inject 2 was already released' });
    await node.run('skipInject', { exerciseId: exercise.id, number: 3, reason: 'covered already' });
    const added = await node.run('addContingencyInject', {
      exerciseId: exercise.id,
      parentNumber: 1,
      to: 'ic',
      from: 'Chief Executive (simulated)',
      message: 'Why is the portal still down?',
      expectedAction: 'Brief the executive',
    });
    expect(added.addedInjects).toEqual([
      expect.objectContaining({ number: 5, time: '0:00:00', contingency: true, parentNumber: 1 }),
    ]);
    await clock('resume');
    await advance(60 * MINUTE);
    // Skipped 3 and contingency 5 are never released on schedule.
    expect(await released()).toEqual([1, 2, 4]);
    const byPlayer = await node.refusal(
      node.run('releaseInject', { exerciseId: exercise.id, number: 5 }, PLAYER),
    );
    expect(byPlayer.code).toBe('forbidden');
    const scheduledByPerson = await node.refusal(
      node.run(
        'releaseInject',
        { exerciseId: exercise.id, number: 5, mode: 'schedule' },
        FACILITATOR,
      ),
    );
    expect(scheduledByPerson.code).toBe('forbidden');
    await clock('end');
    const afterEnd = await node.refusal(
      node.run('releaseInject', { exerciseId: exercise.id, number: 5 }),
    );
    expect(afterEnd.message).toMatch(/has ended/);
    await node.stopScheduler();
  });
});
