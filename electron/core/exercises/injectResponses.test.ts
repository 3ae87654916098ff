import { describe, expect, it } from 'vitest';
import { runInjects } from '../../../shared/exercises/exerciseRun.ts';
import { responsesToInjects } from '../../../shared/exercises/injectResponses.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createExerciseTestNode, PLAYER } from './exerciseNode.testHelpers.ts';

describe('players’ actions beside each inject', () => {
  it('puts each person’s entry under the latest inject released before it', async () => {
    const node = await createExerciseTestNode();
    const { exercise, incident } = await node.run('startExercise', {
      scenarioId: 'cloud-region-outage',
      commanderId: PLAYER,
    });
    const id = exercise.id;
    const note = (text: string) =>
      node.run('addTimelineEntry', { incidentId: incident.id, text }, PLAYER);
    await note('Before STARTEX: checking the bridge line');
    await node.run('controlExerciseClock', { exerciseId: id, action: 'start' });
    await node.run('releaseInject', { exerciseId: id, number: 1 });
    await note('Opened a provider case, P1');
    await note('Checked our own deploys: none since Friday');
    await node.run('releaseInject', { exerciseId: id, number: 4 });
    await note('Decided to wait 15 minutes before failover');
    const stored = await kindStore(node.database).get('exercises', id);
    const timeline = (
      await node.database.timeline.find({ selector: { incidentId: incident.id } }).exec()
    ).map((d) => d.toMutableJSON());
    if (!stored) throw new Error('exercise missing');
    const responses = responsesToInjects(runInjects(stored), timeline);
    const texts = (n: number) => responses.get(n)?.map((e) => e.text);
    expect(texts(1)).toEqual([
      'Opened a provider case, P1',
      'Checked our own deploys: none since Friday',
    ]);
    expect(texts(4)).toEqual(['Decided to wait 15 minutes before failover']);
    expect(responses.has(2)).toBe(false);
  });
});
