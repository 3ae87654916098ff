import { describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createFrameworkTestNode } from './frameworkNode.testHelpers.ts';

async function setup() {
  const node = await createFrameworkTestNode();
  const incident = await node.run('declareIncident', { title: 'VPN down', severity: 'SEV3' });
  const move = (status: string, as: 'ada' | 'dana' = 'ada', note?: string) =>
    node.run(
      'changeIncidentStatus',
      {
        incidentId: incident.id,
        status,
        ...(note ? { note } : {}),
        ...(status === 'resolved' ? { resolutionSummary: 'Rolled back the VPN config' } : {}),
      },
      as,
    );
  return { ...node, incident, move };
}

describe('changeIncidentStatus', () => {
  it('moves through the statuses, reopens, and closes on the commander’s authority', async () => {
    const { move, incident, clock, timeline, database: db } = await setup();
    await move('investigating');
    await move('mitigated');
    clock.now = new Date('2026-11-26T11:00:00Z');
    expect(await move('resolved')).toMatchObject({
      status: 'resolved',
      resolvedAt: '2026-11-26T11:00:00.000Z',
    });
    const reopened = await move('investigating', 'ada', 'Errors are back');
    expect(reopened.resolvedAt).toBeUndefined();
    clock.now = new Date('2026-11-26T12:00:00Z');
    await move('resolved');
    clock.now = new Date('2026-11-26T13:00:00Z');
    const closed = await move('closed', 'ada', 'Review booked for Monday');
    expect(closed).toMatchObject({
      resolvedAt: '2026-11-26T12:00:00.000Z',
      closedAt: '2026-11-26T13:00:00.000Z',
    });
    expect((await timeline(incident.id)).map((e) => e.text).slice(1)).toEqual([
      'Status declared → investigating — by Ada Commander',
      'Status investigating → mitigated — by Ada Commander',
      'Status mitigated → resolved — by Ada Commander: Resolution: Rolled back the VPN config',
      'Status resolved → investigating — by Ada Commander: Errors are back',
      'Status investigating → resolved — by Ada Commander: Resolution: Rolled back the VPN config',
      'Status resolved → closed — by Ada Commander on the authority of the Incident Commander: Review booked for Monday',
    ]);
    const [decision] = await kindStore(db).find('decisions');
    expect(decision).toMatchObject({
      decision: 'close-incident',
      basis: 'holder',
      rationale: 'Review booked for Monday',
    });
  });

  it('refuses to resolve without a resolution summary, in plain words, and changes nothing', async () => {
    const node = await setup();
    const { refusal, incident } = node;
    const attempt = node.run('changeIncidentStatus', {
      incidentId: incident.id,
      status: 'resolved',
    });
    expect((await refusal(attempt)).problems).toEqual([
      {
        field: 'resolutionSummary',
        reason: `Write a resolution summary before resolving ${incident.reference}: what was wrong and what fixed it`,
      },
    ]);
    const still = await node.run('changeIncidentStatus', {
      incidentId: incident.id,
      status: 'mitigated',
    });
    expect(still).toMatchObject({ status: 'mitigated', mitigatedAt: expect.any(String) });
    const resolved = await node.run('changeIncidentStatus', {
      incidentId: incident.id,
      status: 'resolved',
      resolutionSummary: 'Replaced the expired VPN certificate',
    });
    expect(resolved).toMatchObject({
      resolutionSummary: 'Replaced the expired VPN certificate',
      mitigatedAt: still.mitigatedAt,
    });
  });

  it('never leaves closed and rejects the same status or declared by field', async () => {
    const { move, refusal, incident } = await setup();
    expect((await refusal(move('declared'))).problems[0]?.field).toBe('status');
    await move('investigating');
    expect((await refusal(move('investigating'))).problems[0]).toEqual({
      field: 'status',
      reason: `${incident.reference} is already investigating`,
    });
    await move('closed');
    const reopen = await refusal(move('investigating'));
    expect(reopen).toMatchObject({ code: 'conflict' });
    expect(reopen.message).toContain('is closed; its record is final');
  });

  it('refuses closing without the close-incident authority, and lets the deputy close while the commander is off shift', async () => {
    const { move, run, refusal, incident, ids } = await setup();
    await run('assignRole', {
      incidentId: incident.id,
      role: 'deputy-incident-commander',
      personId: ids.dana,
    });
    expect(await refusal(move('closed', 'dana'))).toMatchObject({
      code: 'forbidden',
      message:
        'Only the Incident Commander (Ada Commander) may close the incident; fallbacks apply only when the holder is away, off shift or silent for 15 min',
    });
    await run('setAvailability', { personId: ids.ada, status: 'off-shift' });
    expect((await move('closed', 'dana')).status).toBe('closed');
  });

  it('keeps a decentralized parent open while a sub-incident is', async () => {
    const { run, refusal, ids } = await setup();
    const parent = await run('declareIncident', {
      title: 'Payment processor outage',
      severity: 'SEV2',
      type: 'vendor-outage',
    });
    await run('assignRole', { incidentId: parent.id, role: 'area-commander', personId: ids.priya });
    const emea = await run('declareSubIncident', {
      parentId: parent.id,
      title: 'EMEA card payments',
      area: 'EMEA',
      scope: 'region',
      severity: 'SEV2',
      leadId: ids.sam,
    });
    const blocked = await refusal(
      run('changeIncidentStatus', {
        incidentId: parent.id,
        status: 'resolved',
        resolutionSummary: 'Both regions recovered',
      }),
    );
    expect(blocked).toMatchObject({
      code: 'conflict',
      message: `${parent.reference} cannot be resolved while sub-incidents are open: the region EMEA is still declared (SEV2)`,
    });
    await run(
      'changeIncidentStatus',
      { incidentId: emea.id, status: 'resolved', resolutionSummary: 'EMEA links restored' },
      'sam',
    );
    expect(
      (
        await run('changeIncidentStatus', {
          incidentId: parent.id,
          status: 'resolved',
          resolutionSummary: 'Both regions recovered',
        })
      ).status,
    ).toBe('resolved');
  });
});
