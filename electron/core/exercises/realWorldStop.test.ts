import { describe, expect, it } from 'vitest';
import { awaitsRealWorldAnswer } from '../../../shared/exercises/realWorldStop.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createExerciseTestNode, PLAYER } from './exerciseNode.testHelpers.ts';

async function exerciseInPlay() {
  const node = await createExerciseTestNode();
  const { exercise, incident } = await node.run('startExercise', {
    scenarioId: 'cloud-region-outage',
    commanderId: PLAYER,
  });
  await node.run('controlExerciseClock', { exerciseId: exercise.id, action: 'start' });
  const stored = async () => {
    const doc = await kindStore(node.database).get('exercises', exercise.id);
    if (!doc) throw new Error('exercise missing');
    return doc;
  };
  const timelineTexts = async () =>
    (await node.database.timeline.find({ selector: { incidentId: incident.id } }).exec()).map(
      (entry) => entry.text,
    );
  return { node, exerciseId: exercise.id, stored, timelineTexts };
}

describe('real-world stop', () => {
  it('flags every exercise in play when a real incident is declared, and says so on its timeline', async () => {
    const { node, stored, timelineTexts } = await exerciseInPlay();
    const real = await node.run('declareIncident', { title: 'Payments down', severity: 'SEV1' });
    const exercise = await stored();
    expect(exercise.realWorldStop).toMatchObject({
      incidentId: real.id,
      reference: real.reference,
      title: 'Payments down',
    });
    expect(awaitsRealWorldAnswer(exercise)).toBe(true);
    expect((await timelineTexts()).some((t) => t.startsWith(`REAL-WORLD: ${real.reference}`))).toBe(
      true,
    );
  });

  it('does not interrupt an exercise for another exercise incident', async () => {
    const { node, stored } = await exerciseInPlay();
    await node.run('declareIncident', { title: 'Second drill', severity: 'SEV1', exercise: true });
    expect((await stored()).realWorldStop).toBeUndefined();
  });

  it('pauses the exercise clock when the facilitator answers "paused"', async () => {
    const { node, exerciseId, stored, timelineTexts } = await exerciseInPlay();
    await node.run('declareIncident', { title: 'Payments down', severity: 'SEV1' });
    await node.run('answerRealWorldStop', { exerciseId, decision: 'paused' });
    const exercise = await stored();
    expect(exercise.clock.state).toBe('paused');
    expect(exercise.realWorldStop?.decision).toBe('paused');
    expect(awaitsRealWorldAnswer(exercise)).toBe(false);
    expect(
      (await timelineTexts()).some((t) => t.startsWith('REAL-WORLD STOP — exercise paused')),
    ).toBe(true);
  });

  it('keeps the clock running when the facilitator continues, and refuses a player or no stop', async () => {
    const { node, exerciseId, stored } = await exerciseInPlay();
    const none = await node.refusal(
      node.run('answerRealWorldStop', { exerciseId, decision: 'continued' }),
    );
    expect(none.message).toContain('No real incident has interrupted');
    await node.run('declareIncident', { title: 'Payments down', severity: 'SEV1' });
    const player = await node.refusal(
      node.run('answerRealWorldStop', { exerciseId, decision: 'paused' }, PLAYER),
    );
    expect(player.message).toContain('Only the facilitator');
    await node.run('answerRealWorldStop', { exerciseId, decision: 'continued' });
    const exercise = await stored();
    expect(exercise.clock.state).toBe('running');
    expect(exercise.realWorldStop?.decision).toBe('continued');
  });
});
