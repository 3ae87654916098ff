import { describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { resolveTimeZone } from '../../../shared/time/displayTime.ts';
import { createFrameworkTestNode } from './frameworkNode.testHelpers.ts';

describe('time display settings', () => {
  it('an administrator sets the workspace to local time; others are refused and nothing changes', async () => {
    const { run, refusal, database } = await createFrameworkTestNode({ frameworks: false });
    const refused = await refusal(run('setWorkspaceTimeDisplay', { timeDisplay: 'local' }, 'dana'));
    expect(refused.code).toBe('forbidden');
    expect((await kindStore(database).find('workspaces'))[0]?.timeDisplay).toBeUndefined();
    await run('setWorkspaceTimeDisplay', { timeDisplay: 'local' }, 'ada');
    expect((await kindStore(database).find('workspaces'))[0]?.timeDisplay).toBe('local');
    const bad = await refusal(run('setWorkspaceTimeDisplay', { timeDisplay: 'EST' }, 'ada'));
    expect(bad.code).toBe('invalid-input');
  });

  it('a person overrides the workspace for themselves and can go back to following it', async () => {
    const { run, ids, database } = await createFrameworkTestNode({ frameworks: false });
    await run('setWorkspaceTimeDisplay', { timeDisplay: 'local' }, 'ada');
    await run('setPersonalTimeDisplay', { timeDisplay: 'utc' }, 'dana');
    const dana = async () => kindStore(database).get('people', ids.dana);
    const [workspace] = await kindStore(database).find('workspaces');
    expect(
      resolveTimeZone(workspace?.timeDisplay, (await dana())?.timeDisplay, 'America/New_York'),
    ).toBe('UTC');
    await run('setPersonalTimeDisplay', { timeDisplay: 'workspace' }, 'dana');
    expect((await dana())?.timeDisplay).toBeUndefined();
    expect(
      resolveTimeZone(workspace?.timeDisplay, (await dana())?.timeDisplay, 'America/New_York'),
    ).toBe('America/New_York');
  });
});
