import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { sessionFor } from '../access/signIn.testSupport.ts';
import { startNode, type LanternNode } from '../node.ts';

let node: LanternNode;
let dataDir: string;
let session: string;

async function api<T = Record<string, unknown>>(method: string, path: string, body?: unknown) {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${session}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-catalog-'));
  node = await startNode({
    dataDir,
    port: 0,
    token: 'test-token-0123456789',
    demo: true,
    log: () => undefined,
  });
  const workspace = await kindStore(node.database).findOne('workspaces');
  const administratorId = workspace?.administratorIds?.[0] ?? '';
  session = await sessionFor(node, administratorId, administratorId);
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const CATALOG = `kind: Group
metadata: { name: storage-team }
---
kind: Resource
metadata: { name: object-store }
spec: { owner: group:default/storage-team, dependsOn: [] }
`;

describe('catalogue imports over HTTP', () => {
  it('POST /catalog/imports answers 201 with the diff; accepting it applies it; the catalogue lists the service', async () => {
    const staged = await api<{ id: string; changes: { id: string }[] }>(
      'POST',
      '/catalog/imports',
      {
        format: 'backstage',
        content: CATALOG,
      },
    );
    expect(staged.status).toBe(201);
    expect(staged.body.changes.map((change) => change.id)).toEqual([
      'team:storage-team',
      'service:object-store',
    ]);
    const before = await api<unknown[]>('GET', '/catalog/services');
    expect(before.body).toEqual([]);
    const accepted = await api('POST', `/catalog/imports/${staged.body.id}/accept`, {
      accept: 'all',
    });
    expect(accepted).toMatchObject({ status: 200, body: { status: 'applied' } });
    const services = await api<{ id: string; ownerTeamId: string; conflict: unknown }[]>(
      'GET',
      '/catalog/services',
    );
    expect(services.body).toEqual([
      expect.objectContaining({ id: 'object-store', ownerTeamId: 'storage-team', conflict: null }),
    ]);
    const again = await api('POST', `/catalog/imports/${staged.body.id}/accept`, { accept: 'all' });
    expect(again.status).toBe(409);
  });

  it('a bad file gets 400 naming the line and field, and stores nothing', async () => {
    const imports = async () => (await kindStore(node.database).find('catalogImports', {})).length;
    const count = await imports();
    const refused = await api<{ error: { problems: { field: string; reason: string }[] } }>(
      'POST',
      '/catalog/imports',
      {
        format: 'csv',
        content: 'name,tier,owner\nsearch,1,\n',
      },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems).toEqual([
      { field: 'line 2: owner', reason: '"search" needs an owning team' },
    ]);
    expect(await imports()).toBe(count);
    expect((await api('GET', '/catalog/imports/cimp-none')).status).toBe(404);
  });
});

describe('vendors over HTTP', () => {
  it('registers a vendor, engages it on an incident and answers its SLA clocks', async () => {
    const vendor = await api<{ id: string }>('POST', '/vendors', {
      name: 'CloudDB Inc',
      serviceIds: [],
      contacts: [{ name: 'NOC', role: 'Support desk', hours: '24/7', escalationLevel: 1 }],
      slas: ['SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV5'].map((severity) => ({
        severity,
        respondMinutes: 30,
        restoreMinutes: 240,
        updateEveryMinutes: 60,
      })),
    });
    expect(vendor.status).toBe(201);
    const declared = await api<{ id: string }>('POST', '/incidents', {
      title: 'Ledger down',
      severity: 'SEV1',
    });
    const incident = declared.body;
    const engaged = await api('POST', `/incidents/${incident?.id}/vendors`, {
      vendorId: vendor.body.id,
    });
    expect(engaged.status).toBe(201);
    const listed = await api<{ clocks: { name: string; state: string }[] }[]>(
      'GET',
      `/incidents/${incident?.id}/vendors`,
    );
    expect(listed.body[0]?.clocks.map((clock) => clock.name)).toEqual(['respond', 'restore']);
    const missing = await api('POST', `/incidents/${incident?.id}/vendors`, {
      vendorId: 'vendor-none',
    });
    expect(missing.status).toBe(404);
  });
});
