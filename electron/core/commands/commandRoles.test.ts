import { describe, expect, it } from 'vitest';
import { createFrameworkTestNode } from './frameworkNode.testHelpers.ts';

async function setup() {
  const node = await createFrameworkTestNode();
  const incident = await node.run('declareIncident', {
    title: 'Warehouse scanners offline',
    severity: 'SEV2',
  });
  const roles = async () =>
    ((await node.database.incidents.findOne(incident.id).exec())?.toMutableJSON().roles ?? []).map(
      (r) => `${r.role}:${r.personId}`,
    );
  return { ...node, incident, roles };
}

describe('assignRole', () => {
  it('gives single-holder roles to one person at a time and records each change', async () => {
    const { run, incident, ids, roles, timeline } = await setup();
    const deputy = { incidentId: incident.id, role: 'deputy-incident-commander' };
    await run('assignRole', { ...deputy, personId: ids.dana });
    await run('assignRole', { ...deputy, personId: ids.priya });
    expect(await roles()).toEqual([
      `incident-commander:${ids.ada}`,
      `deputy-incident-commander:${ids.priya}`,
    ]);
    expect((await timeline(incident.id)).slice(-2)).toEqual([
      {
        kind: 'role-change',
        starred: false,
        text: 'Deputy Incident Commander: Dana Ruiz — assigned by Ada Commander on the authority of the Incident Commander',
      },
      {
        kind: 'role-change',
        starred: false,
        text: 'Deputy Incident Commander: Priya Raman (replaces Dana Ruiz) — assigned by Ada Commander on the authority of the Incident Commander',
      },
    ]);
  });

  it('lets several people be subject-matter experts, up to the role’s limit', async () => {
    const { run, refusal, incident, ids, roles } = await setup();
    for (const personId of [ids.sam, ids.lee])
      await run('assignRole', { incidentId: incident.id, role: 'sme', personId });
    expect((await roles()).filter((r) => r.startsWith('sme:'))).toHaveLength(2);
    await run('assignRole', { incidentId: incident.id, role: 'operations', personId: ids.sam });
    await run('assignRole', { incidentId: incident.id, role: 'operations', personId: ids.lee });
    const third = await refusal(
      run('assignRole', { incidentId: incident.id, role: 'operations', personId: ids.dana }),
    );
    expect(third).toMatchObject({
      code: 'invalid-input',
      problems: [
        {
          field: 'roles',
          reason: '3 people hold Operations Lead; at most 2 may — release the extra holders',
        },
      ],
    });
    const twice = await refusal(
      run('assignRole', { incidentId: incident.id, role: 'sme', personId: ids.sam }),
    );
    expect(twice).toMatchObject({
      code: 'conflict',
      message: `Sam Okoro is already Subject-matter Expert of ${incident.reference}`,
    });
  });

  it('rejects unknown roles and people by field, and command through assignRole', async () => {
    const { run, refusal, incident, ids } = await setup();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ role: 'wizard', personId: ids.dana }, 'role', '"wizard" is not a role'],
      [{ role: 'incident-commander', personId: ids.dana }, 'role', 'transferCommand'],
      [{ role: 'scribe', personId: 'person-ghost' }, 'personId', 'no person'],
      [{ role: 'Scribe!', personId: ids.dana }, 'role', 'lowercase'],
    ];
    for (const [input, field, reason] of cases) {
      const error = await refusal(run('assignRole', { incidentId: incident.id, ...input }));
      expect(error.code).toBe('invalid-input');
      expect(error.problems[0]?.field).toBe(field);
      expect(error.problems[0]?.reason).toContain(reason);
    }
  });

  it('refuses people without command authority', async () => {
    const { run, refusal, incident, ids } = await setup();
    const error = await refusal(
      run('assignRole', { incidentId: incident.id, role: 'scribe', personId: ids.sam }, 'sam'),
    );
    expect(error).toMatchObject({
      code: 'forbidden',
      message:
        'Only the Incident Commander (Ada Commander) may direct the command structure; fallbacks apply only when the holder is away, off shift or silent for 10 min',
    });
  });
});

describe('releaseRole', () => {
  it('releases a holder, but never leaves a role the severity requires empty', async () => {
    const { run, refusal, incident, ids, roles, timeline } = await setup();
    await run('assignRole', { incidentId: incident.id, role: 'sme', personId: ids.lee });
    await run('releaseRole', { incidentId: incident.id, role: 'sme', personId: ids.lee });
    expect(await roles()).toEqual([`incident-commander:${ids.ada}`]);
    expect((await timeline(incident.id)).at(-1)?.text).toBe(
      'Subject-matter Expert: Lee Chen released — by Ada Commander on the authority of the Incident Commander',
    );
    await run('assignRole', { incidentId: incident.id, role: 'scribe', personId: ids.sam });
    const required = await refusal(
      run('releaseRole', { incidentId: incident.id, role: 'scribe', personId: ids.sam }),
    );
    expect(required.problems).toEqual([
      { field: 'roles', reason: 'SEV2 incidents need a Scribe; assign one' },
    ]);
    const notHolder = await refusal(
      run('releaseRole', { incidentId: incident.id, role: 'scribe', personId: ids.lee }),
    );
    expect(notHolder.problems[0]).toEqual({
      field: 'personId',
      reason: `Lee Chen is not Scribe of ${incident.reference}`,
    });
    const commander = await refusal(
      run('releaseRole', {
        incidentId: incident.id,
        role: 'incident-commander',
        personId: ids.ada,
      }),
    );
    expect(commander.problems[0]?.field).toBe('role');
  });
});

describe('transferCommand', () => {
  it('hands command over with a starred entry', async () => {
    const { run, incident, ids, roles, timeline } = await setup();
    await run('transferCommand', {
      incidentId: incident.id,
      toPersonId: ids.priya,
      note: 'Shift change at 18:00',
    });
    expect(await roles()).toEqual([`incident-commander:${ids.priya}`]);
    expect((await timeline(incident.id)).at(-1)).toEqual({
      kind: 'role-change',
      starred: true,
      text: 'Command transferred: Ada Commander → Priya Raman — by Ada Commander on the authority of the Incident Commander. Note: Shift change at 18:00',
    });
  });

  it('lets the deputy take command while the commander is away, and not before', async () => {
    const { run, refusal, incident, ids, roles, timeline } = await setup();
    await run('assignRole', {
      incidentId: incident.id,
      role: 'deputy-incident-commander',
      personId: ids.dana,
    });
    const early = await refusal(
      run('transferCommand', { incidentId: incident.id, toPersonId: ids.dana }, 'dana'),
    );
    expect(early.message).toBe(
      'Only the Incident Commander (Ada Commander) may direct the command structure; fallbacks apply only when the holder is away, off shift or silent for 10 min',
    );
    await run('setAvailability', { personId: ids.ada, status: 'away' });
    await run('transferCommand', { incidentId: incident.id, toPersonId: ids.dana }, 'dana');
    expect(await roles()).toEqual([`incident-commander:${ids.dana}`]);
    expect((await timeline(incident.id)).at(-1)?.text).toBe(
      'Command transferred: Ada Commander → Dana Ruiz (Deputy Incident Commander is now free) — by Dana Ruiz on the ' +
        'authority of the Deputy Incident Commander as fallback: the Incident Commander (Ada Commander) is away.',
    );
  });

  it('refuses handing command to the current commander or to nobody known', async () => {
    const { run, refusal, incident, ids } = await setup();
    expect(
      await refusal(run('transferCommand', { incidentId: incident.id, toPersonId: ids.ada })),
    ).toMatchObject({
      code: 'conflict',
      message: `${incident.reference} is already commanded by Ada Commander`,
    });
    await run('setAvailability', { personId: ids.lee, status: 'off-shift' }, 'lee');
    const absent = await refusal(
      run('transferCommand', { incidentId: incident.id, toPersonId: ids.lee }),
    );
    expect(absent.problems).toEqual([
      { field: 'toPersonId', reason: 'Lee Chen is off shift; hand command to someone who is here' },
    ]);
    const ghost = await refusal(
      run('transferCommand', { incidentId: incident.id, toPersonId: 'person-ghost' }),
    );
    expect(ghost.problems[0]?.field).toBe('toPersonId');
  });
});
