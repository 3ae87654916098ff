import { describe, expect, it } from 'vitest';
import { createFrameworkTestNode } from './frameworkNode.testHelpers.ts';

const cardOutage = {
  incidentType: 'availability',
  steps: [
    {
      id: 'open-bridge',
      title: 'Open the bridge',
      ownerRole: 'incident-commander',
      expectedMinutes: 5,
      checklist: ['Dial in', 'Page on-call'],
    },
    {
      id: 'fail-over',
      title: 'Fail over',
      ownerRole: 'operations',
      expectedMinutes: 15,
      checklist: [],
    },
  ],
};

async function setup() {
  const node = await createFrameworkTestNode();
  await node.run('adoptFramework', {
    kind: 'playbook',
    name: 'Card outage',
    definition: cardOutage,
  });
  const incident = await node.run('declareIncident', {
    title: 'Cards failing',
    severity: 'SEV2',
    type: 'availability',
  });
  return { ...node, incident };
}

describe('playbook steps', () => {
  it('ticks checklist items without a timeline entry and completes steps with one', async () => {
    const { run, incident, ids, timeline } = await setup();
    const before = (await timeline(incident.id)).length;
    await run('checkPlaybookItem', {
      incidentId: incident.id,
      stepId: 'open-bridge',
      itemIndex: 1,
      checked: true,
    });
    await run('checkPlaybookItem', {
      incidentId: incident.id,
      stepId: 'open-bridge',
      itemIndex: 0,
      checked: true,
    });
    const unticked = await run('checkPlaybookItem', {
      incidentId: incident.id,
      stepId: 'open-bridge',
      itemIndex: 1,
      checked: false,
    });
    expect(unticked.playbook?.steps[0]?.checkedItems).toEqual([0]);
    expect((await timeline(incident.id)).length).toBe(before);
    const done = await run(
      'completePlaybookStep',
      { incidentId: incident.id, stepId: 'open-bridge' },
      'dana',
    );
    expect(done.playbook?.steps[0]).toEqual({
      stepId: 'open-bridge',
      checkedItems: [0],
      completedAt: '2026-11-26T10:00:00.000Z',
      completedBy: ids.dana,
    });
    await run('completePlaybookStep', { incidentId: incident.id, stepId: 'fail-over' });
    expect((await timeline(incident.id)).slice(-2)).toEqual([
      {
        kind: 'playbook-step',
        starred: false,
        text: 'Playbook step done: Open the bridge (1 of 2; checklist 1/2)',
      },
      {
        kind: 'playbook-step',
        starred: false,
        text: 'Playbook step done: Fail over (2 of 2) — Card outage complete',
      },
    ]);
  });

  it('refuses unknown steps and items by field, and a step completed twice', async () => {
    const { run, refusal, incident } = await setup();
    const unknown = await refusal(
      run('completePlaybookStep', { incidentId: incident.id, stepId: 'make-tea' }),
    );
    expect(unknown.problems).toEqual([
      {
        field: 'stepId',
        reason: '"make-tea" is not a step of Card outage; its steps are open-bridge, fail-over',
      },
    ]);
    const item = await refusal(
      run('checkPlaybookItem', {
        incidentId: incident.id,
        stepId: 'open-bridge',
        itemIndex: 2,
        checked: true,
      }),
    );
    expect(item.problems).toEqual([
      { field: 'itemIndex', reason: '"Open the bridge" has 2 checklist items (indexes 0–1)' },
    ]);
    const notBoolean = await refusal(
      run('checkPlaybookItem', {
        incidentId: incident.id,
        stepId: 'open-bridge',
        itemIndex: 0,
        checked: 'yes',
      }),
    );
    expect(notBoolean.problems[0]?.field).toBe('checked');
    await run('completePlaybookStep', { incidentId: incident.id, stepId: 'fail-over' });
    const twice = await refusal(
      run('completePlaybookStep', { incidentId: incident.id, stepId: 'fail-over' }),
    );
    expect(twice.code).toBe('conflict');
    expect(twice.message).toContain(
      '"Fail over" was already completed at 2026-11-26T10:00:00.000Z',
    );
  });

  it('refuses steps on an incident without a playbook', async () => {
    const { run, refusal } = await setup();
    const plain = await run('declareIncident', {
      title: 'Printer jam',
      severity: 'SEV4',
      type: 'facilities',
    });
    const error = await refusal(
      run('completePlaybookStep', { incidentId: plain.id, stepId: 'open-bridge' }),
    );
    expect(error).toMatchObject({
      code: 'conflict',
      message: `${plain.reference} has no playbook attached, so it has no steps to complete`,
    });
  });
});
