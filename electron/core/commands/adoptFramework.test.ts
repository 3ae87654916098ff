import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createFrameworkTestNode, RESOURCES_DIR } from './frameworkNode.testHelpers.ts';

const classification = JSON.parse(
  readFileSync(join(RESOURCES_DIR, 'framework', 'classification.json'), 'utf8'),
) as Record<string, unknown>;

async function setup() {
  const node = await createFrameworkTestNode();
  return node;
}

const playbook = {
  incidentType: 'availability',
  minSeverity: 'SEV2',
  steps: [
    {
      id: 'open-bridge',
      title: 'Open the bridge',
      ownerRole: 'incident-commander',
      expectedMinutes: 5,
      checklist: ['Dial in'],
    },
  ],
};

describe('adoptFramework', () => {
  it('stores a playbook in the typed playbook field and replaces it by name', async () => {
    const { run, database: db } = await setup();
    const first = await run('adoptFramework', {
      kind: 'playbook',
      name: 'Card outage',
      definition: playbook,
    });
    expect(first).toMatchObject({
      adopted: true,
      replaced: false,
      framework: { id: 'card-outage', kind: 'playbook' },
    });
    expect(first.framework.playbook?.steps[0]?.id).toBe('open-bridge');
    const again = await run('adoptFramework', {
      kind: 'playbook',
      name: 'Card outage',
      definition: { ...playbook, minSeverity: 'SEV1' },
    });
    expect(again).toMatchObject({ replaced: true, framework: { id: 'card-outage' } });
    expect((await kindStore(db).get('frameworks', 'card-outage'))?.playbook?.minSeverity).toBe(
      'SEV1',
    );
  });

  it('keeps one document per criteria version and validates with the kind’s schema', async () => {
    const { run } = await setup();
    const next = {
      ...classification,
      version: '2027.1',
      effectiveFrom: '2027-01-01',
      nextReviewDue: '2027-12-31',
    };
    const adopted = await run('adoptFramework', {
      kind: 'classificationCriteria',
      name: 'Criteria 2027.1',
      definition: next,
    });
    expect(adopted.framework).toMatchObject({
      id: 'classification-2027-1',
      definition: { version: '2027.1' },
    });
  });

  it('refuses a definition its kind’s schema rejects, naming the field under definition', async () => {
    const { run, refusal } = await setup();
    const broken = { ...classification, nextReviewDue: '2028-06-01' };
    const error = await refusal(
      run('adoptFramework', {
        kind: 'classificationCriteria',
        name: 'Too long',
        definition: broken,
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.problems).toContainEqual({
      field: 'definition.nextReviewDue',
      reason: 'criteria must be reviewed at most 12 months after they take effect',
    });
    const unknownKind = await refusal(
      run('adoptFramework', { kind: 'runbook', name: 'x', definition: {} }),
    );
    expect(unknownKind.problems[0]?.field).toBe('kind');
    const badStep = await refusal(
      run('adoptFramework', {
        kind: 'playbook',
        name: 'x',
        definition: { ...playbook, steps: [] },
      }),
    );
    expect(badStep.problems[0]?.field).toBe('definition.steps');
  });

  it('refuses an id that another kind already uses', async () => {
    const { run, refusal } = await setup();
    const policy = {
      id: 'card-outage',
      name: 'Card outage paging',
      levels: [{ targets: [{ kind: 'role', role: 'incident-commander' }], ackTimeoutMinutes: 5 }],
    };
    await run('adoptFramework', { kind: 'playbook', name: 'Card outage', definition: playbook });
    const error = await refusal(
      run('adoptFramework', { kind: 'escalationPolicy', name: 'Paging', definition: policy }),
    );
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toContain('already belongs to the playbook "Card outage"');
  });
});
