import { describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { readDemoOrganisation } from '../demo/demoOrganisation.ts';
import {
  adoptDefaultFrameworks,
  readDefaultFrameworks,
} from '../framework/installDefaultFrameworks.ts';
import { createTestExecutor } from './testNode.testHelpers.ts';
import {
  createFrameworkTestNode,
  RESOURCES_DIR,
  type FrameworkTestNode,
} from './frameworkNode.testHelpers.ts';

async function setup(options: { frameworks?: boolean } = {}) {
  const node = await createFrameworkTestNode(options);
  return node;
}

const answers = {
  customersAffected: 'many',
  dataExposed: false,
  regulatedData: false,
  revenueImpact: true,
  safetyImpact: false,
  serviceTier: 1,
};

/** A matrix where only Priya may declare a major incident, then the Incident Commander. */
async function adoptPriyaMatrix(node: FrameworkTestNode) {
  const stored = await kindStore(node.database).get('frameworks', 'decision-matrix');
  const matrix = stored?.definition as { decisions: { decision: string }[] };
  const decisions = matrix.decisions.map((d) =>
    d.decision === 'declare-major-incident'
      ? {
          ...d,
          holder: { kind: 'person', personId: node.ids.priya },
          fallbacks: [{ kind: 'role', role: 'incident-commander' }],
        }
      : d,
  );
  await node.run('adoptFramework', {
    kind: 'decisionMatrix',
    name: 'Priya declares',
    definition: { ...matrix, decisions },
  });
}

describe('declareIncident with the framework', () => {
  it('keeps the plain declaration working and makes the declarer Incident Commander', async () => {
    const { run, ids, timeline } = await setup();
    const incident = await run('declareIncident', { title: 'Disk full', severity: 'SEV3' });
    expect(incident).toMatchObject({
      status: 'declared',
      classification: { criteriaVersion: '2026.1' },
      complianceFlags: [],
      commandMode: 'centralized',
      roles: [{ role: 'incident-commander', personId: ids.ada, assignedBy: ids.ada }],
    });
    expect(await timeline(incident.id)).toEqual([
      {
        kind: 'status-change',
        text: 'Incident declared at SEV3 (Moderate): Disk full',
        starred: true,
      },
    ]);
  });

  it('still declares without any framework adopted', async () => {
    const { run } = await setup({ frameworks: false });
    const incident = await run('declareIncident', { title: 'Disk full', severity: 'SEV1' });
    expect(incident.classification).toBeUndefined();
    expect(incident.roles).toHaveLength(1);
  });

  it('classifies from the answers, raises compliance flags and logs the major-incident decision', async () => {
    const { run, ids, timeline, database: db } = await setup();
    const incident = await run('declareIncident', {
      title: 'Card payments failing',
      severity: 'SEV1',
      type: 'availability',
      answers,
    });
    expect(incident.classification).toMatchObject({
      criteriaVersion: '2026.1',
      impact: 'significant',
      urgency: 'high',
      recommendedSeverity: 'SEV2',
      answers,
    });
    expect(incident.classification?.reasons).toContain('Many customers are affected');
    expect(incident.complianceFlags).toEqual(['criticalInfrastructure']);
    const entries = await timeline(incident.id);
    expect(entries[1]).toMatchObject({ kind: 'system' });
    expect(entries[1]?.text).toMatch(
      /^Classified under criteria 2026\.1: recommended SEV2 \(Major\); declared at SEV1 — /,
    );
    const decisions = await kindStore(db).find('decisions', {
      selector: { incidentId: incident.id },
    });
    expect(decisions).toEqual([
      expect.objectContaining({
        decision: 'declare-major-incident',
        takenBy: ids.ada,
        basis: 'holder',
        authority:
          'Ada Commander is the Incident Commander, who may declare a major incident (as the declarer, who holds command of a new incident)',
      }),
    ]);
  });

  it('records an explicit impact × urgency with the type floor', async () => {
    const { run } = await setup();
    const incident = await run('declareIncident', {
      title: 'Suspicious logins',
      severity: 'SEV2',
      type: 'security-breach',
      impact: 'minor',
      urgency: 'low',
    });
    expect(incident.classification).toMatchObject({
      impact: 'minor',
      urgency: 'low',
      recommendedSeverity: 'SEV2',
    });
    expect(incident.classification?.reasons).toEqual([
      'Impact minor × urgency low gives SEV5 (Informational)',
      'Security breach incidents start at SEV2 (Major) or higher',
    ]);
    expect(incident.complianceFlags).toEqual([
      'personalData',
      'financialReporting',
      'criticalInfrastructure',
    ]);
  });

  it('attaches the playbook the rules choose and names a commander given at declaration', async () => {
    const { run, ids, timeline } = await setup();
    await run('adoptFramework', {
      kind: 'playbook',
      name: 'Card outage',
      definition: {
        incidentType: 'availability',
        minSeverity: 'SEV2',
        steps: [
          {
            id: 'open-bridge',
            title: 'Open the bridge',
            ownerRole: 'incident-commander',
            expectedMinutes: 5,
            checklist: ['Dial in', 'Page'],
          },
          {
            id: 'fail-over',
            title: 'Fail over',
            ownerRole: 'operations',
            expectedMinutes: 15,
            checklist: [],
          },
        ],
      },
    });
    const incident = await run('declareIncident', {
      title: 'Checkout down',
      severity: 'SEV2',
      type: 'availability',
      commanderId: ids.dana,
    });
    expect(incident.playbook).toMatchObject({
      frameworkId: 'card-outage',
      name: 'Card outage',
      steps: [
        { stepId: 'open-bridge', checkedItems: [] },
        { stepId: 'fail-over', checkedItems: [] },
      ],
    });
    expect(incident.roles).toEqual([
      expect.objectContaining({ role: 'incident-commander', personId: ids.dana }),
    ]);
    expect((await timeline(incident.id)).slice(1).map((e) => `${e.kind}: ${e.text}`)).toEqual([
      'role-change: Incident Commander: Dana Ruiz (named at declaration)',
      'system: Playbook attached: Card outage — 2 steps; first: Open the bridge (Incident Commander, 5 min)',
    ]);
    const minor = await run('declareIncident', {
      title: 'Slow page',
      severity: 'SEV4',
      type: 'availability',
    });
    expect(minor.playbook).toBeUndefined();
  });

  it('rejects bad input with the field', async () => {
    const { run, refusal, database: db } = await setup();
    const cases: [unknown, string][] = [
      [{ title: 'x', severity: 'SEV2', impact: 'huge', urgency: 'low' }, 'impact'],
      [{ title: 'x', severity: 'SEV2', urgency: 'low' }, 'impact'],
      [{ title: 'x', severity: 'SEV2', answers, impact: 'minor' }, 'impact'],
      [
        { title: 'x', severity: 'SEV2', answers: { ...answers, urgency: 'whenever' } },
        'answers.urgency',
      ],
      [
        { title: 'x', severity: 'SEV2', answers: { ...answers, serviceTier: 9 } },
        'answers.serviceTier',
      ],
      [{ title: 'x', severity: 'SEV2', commanderId: 'person-nobody' }, 'commanderId'],
      [{ title: 'x', severity: 'SEV2', serviceIds: ['svc-nothing'] }, 'serviceIds.0'],
    ];
    for (const [input, field] of cases) {
      const error = await refusal(run('declareIncident', input));
      expect(error.code, JSON.stringify(input)).toBe('invalid-input');
      expect(error.problems[0]?.field, JSON.stringify(input)).toBe(field);
    }
    expect(await db.incidents.count().exec()).toBe(0);
  });

  it('refuses a major declaration the matrix gives to someone else, and allows its fallback while they are away', async () => {
    const node = await setup();
    await adoptPriyaMatrix(node);
    const error = await node.refusal(
      node.run('declareIncident', { title: 'Data centre fire', severity: 'SEV1' }),
    );
    expect(error).toMatchObject({
      code: 'forbidden',
      message:
        'Only Priya Raman may declare a major incident; fallbacks apply only when the holder is away, off shift or silent for 15 min',
    });
    expect(
      await node.run('declareIncident', { title: 'Minor glitch', severity: 'SEV3' }),
    ).toBeTruthy();
    await node.run('setAvailability', { personId: node.ids.priya, status: 'away' }, 'priya');
    const incident = await node.run('declareIncident', {
      title: 'Data centre fire',
      severity: 'SEV1',
    });
    const [decision] = await kindStore(node.database).find('decisions', {
      selector: { incidentId: incident.id },
    });
    expect(decision).toMatchObject({
      basis: 'fallback',
      fallbackIndex: 0,
      authority:
        'Priya Raman is away, so Ada Commander may declare a major incident as the first fallback (as the declarer, who holds command of a new incident)',
    });
  });

  it('attaches the demo organisation’s playbook for its type and severity', async () => {
    const test = await createTestExecutor();
    const system = { kind: 'system', id: 'node' } as const;
    const organisation = readDemoOrganisation(RESOURCES_DIR) as Record<string, unknown>;
    await test.executor.execute('importOrganisation', { ...organisation, demo: true }, system);
    const execute = (name: string, input: unknown) => test.executor.execute(name, input, system);
    await adoptDefaultFrameworks(execute, readDefaultFrameworks(RESOURCES_DIR));
    const person = { kind: 'person', id: 'maya-okafor' } as const;
    const declare = (type: string, severity: string) =>
      test.executor.execute('declareIncident', { title: 'Drill', severity, type }, person);
    expect((await declare('availability', 'SEV1')).playbook?.frameworkId).toBe(
      'major-service-outage',
    );
    expect((await declare('security-breach', 'SEV2')).playbook?.frameworkId).toBe(
      'ransomware-containment',
    );
    expect((await declare('availability', 'SEV4')).playbook).toBeUndefined();
  });
});
