import { describe, expect, it } from 'vitest';
import { CatalogFileError } from './catalogEntry.ts';
import { parseCatalog } from './parseCatalog.ts';

const BACKSTAGE = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: payments
spec:
  type: team
  profile:
    displayName: Payments Team
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: checkout
  description: Takes the money
  annotations:
    lantern.dev/tier: "1"
    lantern.dev/raci.respond.accountable: payments
    lantern.dev/raci.respond.consulted: platform; dba
spec:
  type: service
  lifecycle: production
  owner: group:default/payments
  system: storefront
  dependsOn:
    - resource:default/ledger-db
    - component:fraud-check
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: checkout-api
spec:
  owner: payments
`;

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof CatalogFileError) return error.problems;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('catalogue files: Backstage, CSV and ServiceNow', () => {
  it('reads Backstage components with owner, dependencies, system, tier and RACI; groups become teams; APIs are skipped', () => {
    const catalog = parseCatalog('backstage', BACKSTAGE);
    expect(catalog.teams).toEqual([{ id: 'payments', name: 'Payments Team', line: 1 }]);
    expect(catalog.services).toEqual([
      {
        id: 'checkout',
        name: 'checkout',
        entityKind: 'component',
        description: 'Takes the money',
        tier: 1,
        ownerTeamId: 'payments',
        system: 'storefront',
        dependsOn: ['ledger-db', 'fraud-check'],
        raci: {
          respond: {
            accountable: 'payments',
            responsible: [],
            consulted: ['platform', 'dba'],
            informed: [],
          },
        },
        line: 10,
      },
    ]);
  });

  it('a Backstage entity without an owner is refused naming its line and field', () => {
    const file = BACKSTAGE.replace('  owner: group:default/payments\n', '');
    expect(problemsOf(() => parseCatalog('backstage', file))).toEqual([
      { field: 'line 10: spec.owner', reason: 'Component "checkout" needs an owner' },
    ]);
  });

  it('broken YAML is refused with the line of the error', () => {
    const file = BACKSTAGE.replace('  dependsOn:\n', '  dependsOn: [unclosed\n');
    const [problem] = problemsOf(() => parseCatalog('backstage', file));
    expect(problem?.field).toMatch(/^line (2[4-9]|3\d): yaml$/);
  });

  it('reads CSV rows with quoted fields, teams, dependencies and RACI columns', () => {
    const csv = [
      'name,kind,tier,owner,dependsOn,system,description,respond.accountable,respond.responsible',
      'Platform,team,,,,,,,',
      'Ledger DB,resource,1,Platform,,storefront,"Money, stored",payments,platform;payments',
    ].join('\r\n');
    const catalog = parseCatalog('csv', csv);
    expect(catalog.teams).toEqual([{ id: 'platform', name: 'Platform', line: 2 }]);
    expect(catalog.services[0]).toMatchObject({
      id: 'ledger-db',
      entityKind: 'resource',
      tier: 1,
      ownerTeamId: 'platform',
      description: 'Money, stored',
      raci: { respond: { accountable: 'payments', responsible: ['platform', 'payments'] } },
      line: 3,
    });
  });

  it('bad CSV rows are refused, each naming its line and field', () => {
    const csv =
      'name,tier,owner,respond.accountable\ncheckout,7,payments,\nledger,1,,\nfraud,2,risk,"a;b"\nrefunds,1,payments,\nRefunds,2,payments,';
    expect(problemsOf(() => parseCatalog('csv', csv))).toEqual([
      { field: 'line 2: tier', reason: '"7" is not a tier from 1 to 4' },
      { field: 'line 3: owner', reason: '"ledger" needs an owning team' },
      {
        field: 'line 4: respond.accountable',
        reason: 'exactly one team is accountable for an activity',
      },
      { field: 'line 6: name', reason: '"refunds" is already defined on line 5' },
    ]);
  });

  it('reads a ServiceNow Table API export (display_value=all) and its CSV export alike', () => {
    const json = JSON.stringify({
      result: [
        {
          sys_id: 'a1',
          name: 'Payments Gateway',
          sys_class_name: 'cmdb_ci_service_business',
          busines_criticality: { display_value: '1 - most critical', value: '1' },
          support_group: { display_value: 'Payments Ops', value: '9f2' },
          short_description: 'Card payments',
        },
      ],
    });
    const csv =
      'sys_id,name,sys_class_name,busines_criticality,support_group,short_description\n' +
      'a1,Payments Gateway,cmdb_ci_service_business,1 - most critical,Payments Ops,Card payments\n';
    const expected = {
      services: [
        {
          id: 'payments-gateway',
          name: 'Payments Gateway',
          entityKind: 'system',
          tier: 1,
          ownerTeamId: 'payments-ops',
          dependsOn: [],
          raci: {},
          description: 'Card payments',
          line: expect.any(Number),
        },
      ],
      teams: [{ id: 'payments-ops', name: 'Payments Ops', line: expect.any(Number) }],
      provides: ['name', 'entityKind', 'description', 'tier', 'ownerTeamId'],
    };
    expect(parseCatalog('servicenow', json)).toEqual(expected);
    expect(parseCatalog('servicenow', csv)).toEqual(expected);
  });

  it('ServiceNow records without a group or with an unknown criticality are refused by record', () => {
    const json = JSON.stringify({
      result: [
        { name: 'A', support_group: 'Ops' },
        { name: 'B' },
        { name: 'C', support_group: 'Ops', busines_criticality: 'high' },
      ],
    });
    expect(problemsOf(() => parseCatalog('servicenow', json))).toEqual([
      {
        field: 'line 2: support_group',
        reason: '"B" has neither support_group nor managed_by_group',
      },
      {
        field: 'line 3: busines_criticality',
        reason: '"high" is not a business criticality from 1 to 4',
      },
    ]);
    expect(problemsOf(() => parseCatalog('servicenow', '{"result": 3}'))[0]?.field).toBe(
      'line 1: result',
    );
  });
});
