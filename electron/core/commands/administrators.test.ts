import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createFrameworkTestNode, RESOURCES_DIR } from './frameworkNode.testHelpers.ts';

const matrix = JSON.parse(
  readFileSync(join(RESOURCES_DIR, 'framework', 'decision-authority.json'), 'utf8'),
) as Record<string, unknown>;

describe('workspace administrators', () => {
  it('only an administrator changes the decision-authority matrix; anyone may adopt a playbook', async () => {
    const { run, refusal, database } = await createFrameworkTestNode();
    const before = await kindStore(database).getStored('frameworks', 'decision-matrix');
    expect(before).toBeDefined();
    const refused = await refusal(
      run('adoptFramework', { kind: 'decisionMatrix', name: 'Looser', definition: matrix }, 'dana'),
    );
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toContain('Only a workspace administrator (Ada Commander)');
    const after = await kindStore(database).getStored('frameworks', 'decision-matrix');
    expect(after).toEqual(before);

    const adopted = await run(
      'adoptFramework',
      { kind: 'decisionMatrix', name: 'Reviewed', definition: matrix },
      'ada',
    );
    expect(adopted.replaced).toBe(true);
  });

  it('an administrator names another; the last one cannot be removed', async () => {
    const { run, refusal, ids, database } = await createFrameworkTestNode({ frameworks: false });
    expect((await refusal(run('grantAdministrator', { personId: ids.dana }, 'dana'))).code).toBe(
      'forbidden',
    );
    await run('grantAdministrator', { personId: ids.dana }, 'ada');
    await run('adoptFramework', { kind: 'decisionMatrix', name: 'M', definition: matrix }, 'dana');
    await run('revokeAdministrator', { personId: ids.ada }, 'dana');
    const last = await refusal(run('revokeAdministrator', { personId: ids.dana }, 'dana'));
    expect(last.code).toBe('conflict');
    const [workspace] = await kindStore(database).find('workspaces');
    expect(workspace?.administratorIds).toEqual([ids.dana]);
    expect((await refusal(run('grantAdministrator', { personId: 'nobody' }, 'dana'))).code).toBe(
      'not-found',
    );
  });
});
