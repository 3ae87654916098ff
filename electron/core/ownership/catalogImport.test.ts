import { describe, expect, it } from 'vitest';
import { ownershipConflicts } from '../../../shared/ownership/ownershipConflicts.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createFrameworkTestNode } from '../commands/frameworkNode.testHelpers.ts';

const BACKSTAGE = `kind: Group
metadata: { name: payments }
---
kind: Group
metadata: { name: platform }
---
kind: Component
metadata:
  name: checkout
  annotations: { lantern.dev/tier: "1" }
spec: { owner: payments, dependsOn: [resource:ledger-db] }
---
kind: Resource
metadata:
  name: ledger-db
  annotations:
    lantern.dev/raci.respond.accountable: platform
    lantern.dev/raci.respond.consulted: payments
spec: { owner: payments }
`;

const SERVICENOW = JSON.stringify({
  result: [{ name: 'ledger-db', sys_class_name: 'cmdb_ci_database', support_group: 'platform' }],
});

async function setup() {
  const node = await createFrameworkTestNode({ frameworks: false });
  const store = kindStore(node.database);
  const stage = (format: string, content: string) =>
    node.run('stageCatalogImport', { format, content }) as Promise<{
      id: string;
      changes: {
        id: string;
        op: string;
        fields: { field: string; before: unknown; after: unknown }[];
      }[];
      unchangedCount: number;
    }>;
  return { ...node, store, stage };
}

describe('catalogue imports: a diff first, changes only when a person accepts them', () => {
  it('a Backstage file is staged as a diff; nothing changes until it is accepted, then services and teams exist', async () => {
    const { stage, store, run } = await setup();
    const staged = await stage('backstage', BACKSTAGE);
    expect(staged.changes.map((change) => `${change.op} ${change.id}`)).toEqual([
      'add team:payments',
      'add team:platform',
      'add service:checkout',
      'add service:ledger-db',
    ]);
    expect(await store.find('catalogServices', {})).toEqual([]);
    expect(await store.find('organisation', {})).toEqual([]);

    await run('applyCatalogImport', { importId: staged.id, accept: 'all' });
    const checkout = await store.get('catalogServices', 'checkout');
    expect(checkout).toMatchObject({
      tier: 1,
      ownerTeamId: 'payments',
      dependsOn: ['ledger-db'],
      claims: [{ source: 'backstage', teamId: 'payments', importId: staged.id }],
    });
    expect(await store.get('organisation', 'checkout')).toMatchObject({
      kind: 'service',
      service: { tier: 1, ownerTeamId: 'payments', complianceTags: [] },
    });
    expect(await store.get('organisation', 'platform')).toMatchObject({ kind: 'team' });
  });

  it('re-importing the same file changes nothing; another source claiming another owner shows as a conflict the matrix settles', async () => {
    const { stage, store, run } = await setup();
    await run('applyCatalogImport', {
      importId: (await stage('backstage', BACKSTAGE)).id,
      accept: 'all',
    });
    const again = await stage('backstage', BACKSTAGE);
    expect(again.changes).toEqual([]);
    expect(again.unchangedCount).toBe(4);

    const cmdb = await stage('servicenow', SERVICENOW);
    const ledger = cmdb.changes.find((change) => change.id === 'service:ledger-db');
    expect(ledger?.fields).toEqual(
      expect.arrayContaining([
        { field: 'ownerTeamId', before: 'payments', after: 'platform' },
        { field: 'claims.servicenow', before: null, after: 'platform' },
      ]),
    );
    await run('applyCatalogImport', { importId: cmdb.id, accept: ['service:ledger-db'] });
    const conflicts = ownershipConflicts(await store.find('catalogServices', {}));
    expect(conflicts).toEqual([
      {
        serviceId: 'ledger-db',
        serviceName: 'ledger-db',
        claimants: [
          { teamId: 'payments', sources: ['backstage'] },
          { teamId: 'platform', sources: ['servicenow'] },
        ],
        answer: { accountable: 'platform', responsible: [], consulted: ['payments'], informed: [] },
      },
    ]);
  });

  it('accepting only some changes applies only those; an owner team neither known nor accepted is refused', async () => {
    const { stage, store, run, refusal } = await setup();
    const staged = await stage('backstage', BACKSTAGE);
    const refused = await refusal(
      run('applyCatalogImport', { importId: staged.id, accept: ['service:checkout'] }),
    );
    expect(refused.code).toBe('invalid-input');
    expect(refused.message).toContain('owned by team "payments"');
    expect(await store.find('organisation', {})).toEqual([]);
    await run('applyCatalogImport', {
      importId: staged.id,
      accept: ['team:payments', 'service:checkout'],
    });
    expect((await store.find('catalogServices', {})).map((service) => service.id)).toEqual([
      'checkout',
    ]);
    expect((await store.get('catalogImports', staged.id))?.status).toBe('applied');
  });

  it('a diff reviewed against an older catalogue is refused rather than applied over newer changes', async () => {
    const { stage, run, refusal } = await setup();
    await run('applyCatalogImport', {
      importId: (await stage('backstage', BACKSTAGE)).id,
      accept: 'all',
    });
    const first = await stage('csv', 'name,tier,owner\ncheckout,2,platform');
    const second = await stage('csv', 'name,tier,owner\ncheckout,3,payments');
    await run('applyCatalogImport', { importId: first.id, accept: 'all' });
    const refused = await refusal(
      run('applyCatalogImport', { importId: second.id, accept: 'all' }),
    );
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('changed since this file was read');
  });

  it('bad files and people who are not administrators change nothing', async () => {
    const { stage, store, run, refusal } = await setup();
    const bad = await refusal(stage('csv', 'name,tier,owner\ncheckout,9,payments'));
    expect(bad.problems).toEqual([
      { field: 'line 2: tier', reason: '"9" is not a tier from 1 to 4' },
    ]);
    const notAdmin = await refusal(
      run('stageCatalogImport', { format: 'backstage', content: BACKSTAGE }, 'dana'),
    );
    expect(notAdmin.code).toBe('forbidden');
    const collision = await refusal(
      stage('csv', 'name,kind,owner\npayments,team,\npayments,service,payments'),
    );
    expect(collision.problems[0]).toEqual({
      field: 'line 3: name',
      reason: `"payments" is also a team's id; give the service another name`,
    });
    expect(await store.find('catalogImports', {})).toEqual([]);
  });
});
