import { describe, expect, it } from 'vitest';
import { createFrameworkTestNode } from './frameworkNode.testHelpers.ts';

describe('setAvailability', () => {
  it('lets people set their own and an active incident’s commander set anyone’s, audited', async () => {
    const node = await createFrameworkTestNode();
    const { run, refusal, ids } = node;
    const own = await run(
      'setAvailability',
      { personId: ids.dana, status: 'away', note: 'Flight until 14:00' },
      'dana',
    );
    expect(own.availability).toEqual({
      status: 'away',
      since: '2026-11-26T10:00:00.000Z',
      note: 'Flight until 14:00',
    });
    const error = await refusal(
      run('setAvailability', { personId: ids.dana, status: 'available' }, 'sam'),
    );
    expect(error).toMatchObject({
      code: 'forbidden',
      message:
        "Only Dana Ruiz or the Incident Commander of an active incident may change Dana Ruiz's availability",
    });
    await run('declareIncident', { title: 'Outage', severity: 'SEV3' }, 'sam');
    const byCommander = await run(
      'setAvailability',
      { personId: ids.dana, status: 'off-shift' },
      'sam',
    );
    expect(byCommander.availability?.status).toBe('off-shift');
    const audit = await node.database.audit
      .find({ selector: { command: 'setAvailability' } })
      .exec();
    expect(audit.map((a) => a.actorId)).toEqual([`person:${ids.dana}`, `person:${ids.sam}`]);
    expect(await node.database.timeline.count().exec()).toBe(1);
  });

  it('rejects an unknown status by field and an unknown person as not found', async () => {
    const node = await createFrameworkTestNode();
    const bad = await node.refusal(
      node.run('setAvailability', { personId: node.ids.ada, status: 'asleep' }),
    );
    expect(bad.problems[0]).toEqual({
      field: 'status',
      reason: 'status must be one of available, away, off-shift',
    });
    const ghost = await node.refusal(
      node.run('setAvailability', { personId: 'person-ghost', status: 'away' }),
    );
    expect(ghost.code).toBe('not-found');
  });
});
