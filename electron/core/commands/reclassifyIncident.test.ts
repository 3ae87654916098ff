import { describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createFrameworkTestNode } from './frameworkNode.testHelpers.ts';

async function setup() {
  const node = await createFrameworkTestNode();
  const incident = await node.run('declareIncident', {
    title: 'Card declines',
    severity: 'SEV3',
    type: 'availability',
  });
  return { ...node, incident };
}

describe('reclassifyIncident', () => {
  it('lets the commander raise into major territory, logging both decisions and the criteria version', async () => {
    const { run, incident, timeline, database: db } = await setup();
    const updated = await run('reclassifyIncident', {
      incidentId: incident.id,
      severity: 'SEV1',
      reason: 'All regions are failing.',
    });
    expect(updated).toMatchObject({
      severity: 'SEV1',
      classification: { criteriaVersion: '2026.1' },
    });
    expect((await timeline(incident.id)).at(-1)).toEqual({
      kind: 'status-change',
      starred: true,
      text:
        'Severity raised: SEV3 (Moderate) → SEV1 (Critical) — by Ada Commander on the authority of the Incident ' +
        'Commander. Reason: All regions are failing. Criteria 2026.1.',
    });
    const decisions = await kindStore(db).find('decisions', {
      selector: { incidentId: incident.id },
    });
    expect(decisions.map((d) => d.decision).sort()).toEqual([
      'declare-major-incident',
      'raise-severity',
    ]);
  });

  it('refuses someone without authority with the resolver’s reason', async () => {
    const { run, refusal, incident } = await setup();
    const error = await refusal(
      run(
        'reclassifyIncident',
        { incidentId: incident.id, severity: 'SEV4', reason: 'Looks minor' },
        'sam',
      ),
    );
    expect(error).toMatchObject({
      code: 'forbidden',
      message:
        'Only the Incident Commander (Ada Commander) may lower the severity; fallbacks apply only when the holder is away, off shift or silent for 15 min',
    });
  });

  it('accepts the Operations Lead as second fallback while the commander is away and nobody is deputy', async () => {
    const { run, incident, ids, database: db } = await setup();
    await run('assignRole', { incidentId: incident.id, role: 'operations', personId: ids.sam });
    await run('setAvailability', { personId: ids.ada, status: 'off-shift' });
    await run(
      'reclassifyIncident',
      { incidentId: incident.id, severity: 'SEV2', reason: 'Spreading' },
      'sam',
    );
    const [raise] = await kindStore(db).find('decisions', {
      selector: { decision: 'raise-severity' },
    });
    expect(raise).toMatchObject({
      basis: 'fallback',
      fallbackIndex: 1,
      authority:
        'The Incident Commander (Ada Commander) is off shift; nobody is the Deputy Incident Commander, so Sam Okoro may raise the severity as the second fallback',
    });
  });

  it('changes the type with its compliance flags and keeps to the type’s severity floor', async () => {
    const { run, refusal, incident } = await setup();
    const floor = await refusal(
      run('reclassifyIncident', {
        incidentId: incident.id,
        severity: 'SEV3',
        type: 'security-breach',
        reason: 'Intrusion',
      }),
    );
    expect(floor.problems).toEqual([
      {
        field: 'severity',
        reason: 'Security breach incidents start at SEV2 (Major) or higher under criteria 2026.1',
      },
    ]);
    const updated = await run('reclassifyIncident', {
      incidentId: incident.id,
      severity: 'SEV3',
      type: 'performance',
      reason: 'Only slow, not down',
    });
    expect(updated).toMatchObject({ type: 'performance', complianceFlags: [] });
  });

  it('attaches the playbook a raised severity calls for, once', async () => {
    const { run, incident, timeline } = await setup();
    await run('adoptFramework', {
      kind: 'playbook',
      name: 'Major outage',
      definition: {
        incidentType: 'availability',
        minSeverity: 'SEV2',
        steps: [
          {
            id: 'bridge',
            title: 'Open the bridge',
            ownerRole: 'incident-commander',
            expectedMinutes: 5,
            checklist: [],
          },
        ],
      },
    });
    const raised = await run('reclassifyIncident', {
      incidentId: incident.id,
      severity: 'SEV2',
      reason: 'Spreading',
    });
    expect(raised.playbook).toMatchObject({
      frameworkId: 'major-outage',
      steps: [{ stepId: 'bridge' }],
    });
    expect((await timeline(incident.id)).at(-1)).toMatchObject({
      kind: 'system',
      text: 'Playbook attached: Major outage — 1 step; first: Open the bridge (Incident Commander, 5 min)',
    });
    await run('completePlaybookStep', { incidentId: incident.id, stepId: 'bridge' });
    const again = await run('reclassifyIncident', {
      incidentId: incident.id,
      severity: 'SEV1',
      reason: 'Worse',
    });
    expect(again.playbook?.steps[0]?.completedAt).toBeDefined();
  });

  it('rejects no-op changes and a missing reason with the field', async () => {
    const { run, refusal, incident } = await setup();
    const same = await refusal(
      run('reclassifyIncident', { incidentId: incident.id, severity: 'SEV3', reason: 'x' }),
    );
    expect(same.problems[0]?.field).toBe('severity');
    const noReason = await refusal(
      run('reclassifyIncident', { incidentId: incident.id, severity: 'SEV2' }),
    );
    expect(noReason).toMatchObject({ code: 'invalid-input', problems: [{ field: 'reason' }] });
  });
});
