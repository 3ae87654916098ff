import { describe, expect, it } from 'vitest';
import { createFrameworkTestNode } from './frameworkNode.testHelpers.ts';

async function setup() {
  const node = await createFrameworkTestNode();
  const parent = await node.run('declareIncident', {
    title: 'Payment processor outage',
    severity: 'SEV2',
    type: 'vendor-outage',
  });
  const emea = (extra: Record<string, unknown> = {}) => ({
    parentId: parent.id,
    title: 'EMEA card payments',
    area: 'EMEA',
    scope: 'region',
    severity: 'SEV2',
    leadId: node.ids.sam,
    ...extra,
  });
  return { ...node, parent, emea };
}

describe('declareSubIncident', () => {
  it('opens a sub-incident with its own lead under the Area Commander, on both timelines', async () => {
    const { run, parent, emea, ids, timeline } = await setup();
    expect(parent.commandMode).toBe('decentralized');
    await run('assignRole', { incidentId: parent.id, role: 'area-commander', personId: ids.priya });
    const child = await run('declareSubIncident', emea(), 'priya');
    expect(child).toMatchObject({
      parentId: parent.id,
      area: 'region:EMEA',
      type: 'vendor-outage',
      status: 'declared',
      commandMode: 'centralized',
      roles: [{ role: 'incident-commander', personId: ids.sam, assignedBy: ids.priya }],
    });
    expect(await timeline(child.id)).toEqual([
      {
        kind: 'status-change',
        starred: true,
        text: `Sub-incident declared at SEV2 (Major) for the region EMEA under ${parent.reference}: EMEA card payments. Lead: Sam Okoro`,
      },
    ]);
    expect((await timeline(parent.id)).at(-1)).toEqual({
      kind: 'system',
      starred: true,
      text: `Sub-incident ${child.reference} opened for the region EMEA at SEV2 (Major), led by Sam Okoro — by Priya Raman`,
    });
  });

  it('refuses what the command structure does not allow', async () => {
    const { run, refusal, parent, emea, ids } = await setup();
    const noAreaCommander = await refusal(run('declareSubIncident', emea()));
    expect(noAreaCommander).toMatchObject({
      code: 'conflict',
      message: 'Sub-incidents need an Area Commander over them; assign one',
    });
    await run('assignRole', { incidentId: parent.id, role: 'area-commander', personId: ids.priya });
    await run('declareSubIncident', emea());
    const twice = await refusal(run('declareSubIncident', emea({ title: 'EMEA again' })));
    expect(twice).toMatchObject({
      code: 'conflict',
      message: 'Another sub-incident already covers the region EMEA',
    });
    const site = await refusal(run('declareSubIncident', emea({ area: 'Leeds', scope: 'site' })));
    expect(site.problems).toEqual([
      {
        field: 'scope',
        reason: 'vendor-outage incidents split by business-unit or region, not site',
      },
    ]);
    const central = await run('declareIncident', {
      title: 'Website down',
      severity: 'SEV2',
      type: 'availability',
    });
    const centralized = await refusal(run('declareSubIncident', emea({ parentId: central.id })));
    expect(centralized.message).toBe(
      'availability incidents are commanded centrally; fold the sub-incidents into this incident or make the type decentralized',
    );
  });

  it('refuses people without authority and unknown leads by field', async () => {
    const { run, refusal, emea } = await setup();
    const error = await refusal(run('declareSubIncident', emea(), 'lee'));
    expect(error.code).toBe('forbidden');
    expect(error.message).toContain(
      'Only the Incident Commander (Ada Commander) may direct the command structure',
    );
    const ghost = await refusal(run('declareSubIncident', emea({ leadId: 'person-ghost' })));
    expect(ghost.problems[0]?.field).toBe('leadId');
    const noArea = await refusal(run('declareSubIncident', emea({ area: '' })));
    expect(noArea.problems[0]).toEqual({ field: 'area', reason: 'name the area it covers' });
  });
});
