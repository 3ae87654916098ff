import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFor } from '../access/signIn.testSupport.ts';
import { startNode, type LanternNode } from '../node.ts';

type Json = Record<string, unknown> & {
  error?: { code: string; message: string; problems: { field: string; reason: string }[] };
};

let node: LanternNode;
let dataDir: string;
const people: Record<'ada' | 'dana' | 'sam', string> = { ada: '', dana: '', sam: '' };
// Each person's own session; before anyone is signed in the node token creates the workspace.
const sessions: Record<keyof typeof people, string> = { ada: '', dana: '', sam: '' };

async function api<T = Json>(
  path: string,
  init: { method?: string; body?: unknown; as?: keyof typeof people } = {},
): Promise<{ status: number; body: T }> {
  // Without `as` the node token alone calls: no person is acting.
  const bearer = init.as ? sessions[init.as] : node.token;
  const headers = new Headers({ authorization: `Bearer ${bearer}` });
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  const response = await fetch(`${node.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

async function declare(
  body: Record<string, unknown>,
): Promise<Json & { id: string; reference: string }> {
  const created = await api<Json & { id: string; reference: string }>('/api/v1/incidents', {
    body,
    as: 'ada',
  });
  expect(created.status).toBe(201);
  return created.body;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-command-api-'));
  node = await startNode({
    dataDir,
    port: 0,
    token: 'test-token-0123456789',
    log: () => undefined,
  });
  const created = await api<{ result: { person: { id: string } } }>(
    '/api/v1/commands/createWorkspace',
    {
      body: { input: { workspaceName: 'Northwind', displayName: 'Ada Commander' } },
    },
  );
  people.ada = created.body.result.person.id;
  sessions.ada = await sessionFor(node, people.ada, people.ada);
  for (const [key, displayName] of [
    ['dana', 'Dana Ruiz'],
    ['sam', 'Sam Okoro'],
  ] as const) {
    const registered = await api<{ result: { id: string } }>('/api/v1/commands/registerPerson', {
      body: { input: { displayName } },
      as: 'ada',
    });
    people[key] = registered.body.result.id;
    sessions[key] = await sessionFor(node, people[key], people.ada);
  }
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('incident-command HTTP API', () => {
  it('lists the frameworks the node adopted for the new workspace, by kind', async () => {
    const all = await api<{ kind: string }[]>('/api/v1/frameworks');
    expect(new Set(all.body.map((f) => f.kind))).toEqual(
      new Set([
        'classificationCriteria',
        'commandStructure',
        'decisionMatrix',
        'escalationPolicy',
        'audience',
        'communicationTemplate',
        'cadencePolicy',
        'approvalPolicy',
        'exerciseScenario',
        'handoffPolicy',
      ]),
    );
    const matrix = await api<{ id: string }[]>('/api/v1/frameworks?kind=decisionMatrix');
    expect(matrix.body.map((f) => f.id)).toEqual(['decision-matrix']);
    const bad = await api('/api/v1/frameworks?kind=runbook');
    expect(bad.status).toBe(400);
    expect(bad.body.error?.problems[0]?.field).toBe('kind');
  });

  it('declares with answers through the existing endpoint and assigns roles', async () => {
    const incident = await declare({
      title: 'Card payments failing',
      severity: 'SEV2',
      type: 'availability',
      answers: {
        customersAffected: 'many',
        dataExposed: false,
        regulatedData: false,
        revenueImpact: true,
        safetyImpact: false,
        serviceTier: 1,
      },
    });
    expect(incident).toMatchObject({
      classification: { recommendedSeverity: 'SEV2' },
      complianceFlags: ['criticalInfrastructure'],
    });
    const assigned = await api(`/api/v1/incidents/${incident.id}/roles`, {
      body: { role: 'deputy-incident-commander', personId: people.dana },
      as: 'ada',
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.roles).toHaveLength(2);
    await api(`/api/v1/incidents/${incident.id}/roles`, {
      body: { role: 'sme', personId: people.sam },
      as: 'ada',
    });
    const released = await api(`/api/v1/incidents/${incident.id}/roles/sme/${people.sam}`, {
      method: 'DELETE',
      as: 'ada',
    });
    expect(released.status).toBe(200);
    expect(released.body.roles).toHaveLength(2);
    const byIntegration = await api(`/api/v1/incidents/${incident.id}/roles`, {
      body: { role: 'scribe', personId: people.sam },
    });
    expect(byIntegration.status).toBe(403);
    const unknownRole = await api(`/api/v1/incidents/${incident.id}/roles`, {
      body: { role: 'wizard', personId: people.sam },
      as: 'ada',
    });
    expect(unknownRole.status).toBe(400);
    expect(unknownRole.body.error?.problems[0]?.field).toBe('role');
    const extraField = await api(`/api/v1/incidents/${incident.id}/roles`, {
      body: { role: 'scribe', personId: people.sam, incidentId: 'other' },
      as: 'ada',
    });
    expect(extraField.status).toBe(400);
    expect(
      (
        await api('/api/v1/incidents/inc-missing/roles', {
          body: { role: 'scribe', personId: people.sam },
          as: 'ada',
        })
      ).status,
    ).toBe(404);
  });

  it('records decisions on the matrix’s authority, falling back while the commander is away', async () => {
    const incident = await declare({ title: 'Ledger drift', severity: 'SEV3' });
    await api(`/api/v1/incidents/${incident.id}/roles`, {
      body: { role: 'deputy-incident-commander', personId: people.dana },
      as: 'ada',
    });
    const decision = {
      decision: 'authorise-emergency-change',
      summary: 'Freeze postings',
      rationale: 'Stop the drift growing',
    };
    const refused = await api(`/api/v1/incidents/${incident.id}/decisions`, {
      body: decision,
      as: 'dana',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toBe(
      'Only the Incident Commander (Ada Commander) may authorise an emergency change; fallbacks apply only when the holder is away, off shift or silent for 15 min',
    );
    const away = await api(`/api/v1/people/${people.ada}/availability`, {
      method: 'PUT',
      body: { status: 'away' },
      as: 'ada',
    });
    expect(away).toMatchObject({ status: 200, body: { availability: { status: 'away' } } });
    const recorded = await api(`/api/v1/incidents/${incident.id}/decisions`, {
      body: decision,
      as: 'dana',
    });
    expect(recorded).toMatchObject({
      status: 201,
      body: { basis: 'fallback', fallbackIndex: 0, takenBy: people.dana },
    });
    const log = await api<{ summary: string }[]>(`/api/v1/incidents/${incident.id}/decisions`);
    expect(log.body.map((d) => d.summary)).toEqual(['Freeze postings']);
    await api(`/api/v1/people/${people.ada}/availability`, {
      method: 'PUT',
      body: { status: 'available' },
      as: 'ada',
    });
    expect((await api('/api/v1/incidents/inc-missing/decisions')).status).toBe(404);
    const badStatus = await api(`/api/v1/people/${people.ada}/availability`, {
      method: 'PUT',
      body: { status: 'asleep' },
      as: 'ada',
    });
    expect(badStatus.body.error?.problems[0]?.field).toBe('status');
  });

  it('reclassifies, hands over command and moves status', async () => {
    const incident = await declare({ title: 'VPN flapping', severity: 'SEV4' });
    const raised = await api(`/api/v1/incidents/${incident.id}/reclassify`, {
      body: { severity: 'SEV3', reason: 'Sales cannot connect' },
      as: 'ada',
    });
    expect(raised).toMatchObject({ status: 200, body: { severity: 'SEV3' } });
    const noReason = await api(`/api/v1/incidents/${incident.id}/reclassify`, {
      body: { severity: 'SEV2' },
      as: 'ada',
    });
    expect(noReason.body.error?.problems[0]?.field).toBe('reason');
    const handed = await api(`/api/v1/incidents/${incident.id}/transfer-command`, {
      body: { toPersonId: people.sam, note: 'Network on-call' },
      as: 'ada',
    });
    expect(handed.status).toBe(200);
    expect(handed.body.roles).toEqual([
      expect.objectContaining({ role: 'incident-commander', personId: people.sam }),
    ]);
    const resolved = await api(`/api/v1/incidents/${incident.id}/status`, {
      body: { status: 'resolved', resolutionSummary: 'Failed over to the standby database' },
      as: 'sam',
    });
    expect(resolved).toMatchObject({ status: 200, body: { status: 'resolved' } });
    const closedByAda = await api(`/api/v1/incidents/${incident.id}/status`, {
      body: { status: 'closed' },
      as: 'ada',
    });
    expect(closedByAda.status).toBe(403);
    const bad = await api(`/api/v1/incidents/${incident.id}/status`, {
      body: { status: 'done' },
      as: 'sam',
    });
    expect(bad.body.error?.problems[0]?.field).toBe('status');
  });

  it('completes playbook steps and ticks checklist items', async () => {
    await api('/api/v1/commands/adoptFramework', {
      body: {
        input: {
          kind: 'playbook',
          name: 'Data integrity response',
          definition: {
            incidentType: 'data-integrity',
            steps: [
              {
                id: 'freeze',
                title: 'Freeze writes',
                ownerRole: 'operations',
                expectedMinutes: 10,
                checklist: ['Stop batch jobs'],
              },
            ],
          },
        },
      },
      as: 'ada',
    });
    const incident = await declare({
      title: 'Duplicated postings',
      severity: 'SEV2',
      type: 'data-integrity',
    });
    const steps = `/api/v1/incidents/${incident.id}/playbook/steps`;
    const ticked = await api(`${steps}/freeze/checklist/0`, {
      method: 'PUT',
      body: { checked: true },
      as: 'ada',
    });
    expect(ticked.status).toBe(200);
    const notIndex = await api(`${steps}/freeze/checklist/first`, {
      method: 'PUT',
      body: { checked: true },
      as: 'ada',
    });
    expect(notIndex.body.error?.problems[0]?.field).toBe('itemIndex');
    const done = await api<{
      playbook: { steps: { completedBy?: string; checkedItems: number[] }[] };
    }>(`${steps}/freeze/complete`, { body: {}, as: 'ada' });
    expect(done.status).toBe(200);
    expect(done.body.playbook.steps[0]).toMatchObject({
      completedBy: people.ada,
      checkedItems: [0],
    });
    const unknown = await api(`${steps}/reboot/complete`, { body: {}, as: 'ada' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.problems[0]?.field).toBe('stepId');
  });

  it('opens sub-incidents under an Area Commander', async () => {
    const parent = await declare({
      title: 'Cloud provider outage',
      severity: 'SEV2',
      type: 'vendor-outage',
    });
    await api(`/api/v1/incidents/${parent.id}/roles`, {
      body: { role: 'area-commander', personId: people.ada },
      as: 'ada',
    });
    const sub = await api(`/api/v1/incidents/${parent.id}/sub-incidents`, {
      body: {
        title: 'APAC region',
        area: 'APAC',
        scope: 'region',
        severity: 'SEV3',
        leadId: people.sam,
      },
      as: 'ada',
    });
    expect(sub).toMatchObject({ status: 201, body: { parentId: parent.id, area: 'region:APAC' } });
    const again = await api(`/api/v1/incidents/${parent.id}/sub-incidents`, {
      body: {
        title: 'APAC again',
        area: 'APAC',
        scope: 'region',
        severity: 'SEV3',
        leadId: people.sam,
      },
      as: 'ada',
    });
    expect(again.status).toBe(409);
  });

  it('describes the endpoints in OpenAPI with the commands’ request schemas', async () => {
    const doc = (await api('/api/v1/openapi.json')).body as unknown as {
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: { 'application/json': { schema: { required?: string[] } } } } }
        >
      >;
    };
    expect(doc.paths['/api/v1/incidents/{id}/roles/{role}/{personId}']).toHaveProperty('delete');
    for (const path of [
      'roles',
      'transfer-command',
      'reclassify',
      'decisions',
      'status',
      'playbook/steps/{stepId}/complete',
      'sub-incidents',
    ])
      expect(doc.paths[`/api/v1/incidents/{id}/${path}`]?.post, path).toBeDefined();
    expect(doc.paths['/api/v1/people/{id}/availability']?.put).toBeDefined();
    expect(doc.paths['/api/v1/frameworks']?.get).toBeDefined();
    const decisionBody = doc.paths['/api/v1/incidents/{id}/decisions']?.post?.requestBody;
    expect(decisionBody?.content['application/json'].schema.required).toEqual([
      'decision',
      'summary',
      'rationale',
    ]);
  });
});
