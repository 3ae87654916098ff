import { BehaviorSubject } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { CommandError } from '../../../../shared/commands/errors.ts';
import type { ConnectionState } from '../../../../shared/contract/bridge.ts';
import type { CommandReply, LanternApi } from '../../../../shared/contract/ipc.ts';
import { createElectronBridge } from './electronBridge.ts';

function apiReplying(reply: CommandReply): LanternApi {
  const unused = () => Promise.reject(new Error('not used in this test'));
  return {
    sendCommand: async () => reply as never,
    seedDemo: async () => reply as never,
    nodeInfo: unused,
    listDisplays: unused,
    openWallDisplay: unused,
    notify: unused,
    printBriefPdf: unused,
    syncStatus: unused,
    joinCode: async () => null,
    requestStoragePort: unused,
    onMenuAction: () => () => undefined,
  };
}

function bridgeFor(api: LanternApi) {
  const storage = {
    storage: getRxStorageMemory(),
    state$: new BehaviorSubject<ConnectionState>('online'),
    close: () => undefined,
  };
  return createElectronBridge({ api, storage, readOnly: false });
}

const actor = { kind: 'person', id: 'person-1' } as const;

describe('electron bridge', () => {
  it('unwraps a result reply', async () => {
    const bridge = bridgeFor(apiReplying({ result: { id: 'tl-1' } as never }));
    expect(
      await bridge.sendCommand('addTimelineEntry', { incidentId: 'inc-1', text: 'x' }, actor),
    ).toEqual({ id: 'tl-1' });
  });

  it('turns an error reply into a CommandError', async () => {
    const bridge = bridgeFor(
      apiReplying({
        error: { code: 'not-found', message: 'No incident with id "inc-9"', problems: [] },
      }),
    );
    const failure = await bridge
      .sendCommand('addTimelineEntry', { incidentId: 'inc-9', text: 'x' }, actor)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CommandError);
    expect(failure).toMatchObject({ code: 'not-found', message: 'No incident with id "inc-9"' });
  });

  it('loads the demo organisation over IPC and reports a refusal as a CommandError', async () => {
    expect(await bridgeFor(apiReplying({ result: 'seeded' as never })).seedDemo()).toBe('seeded');
    const failure = await bridgeFor(
      apiReplying({
        error: {
          code: 'conflict',
          message: 'This node already belongs to the workspace "X"',
          problems: [],
        },
      }),
    )
      .seedDemo()
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'conflict' });
  });

  it('asks main for the sync status, and says how to turn sync on when there is no join code', async () => {
    const status = {
      enabled: true,
      nodeId: 'node-a',
      name: 'laptop',
      isolated: false,
      unacknowledgedChanges: 0,
      peers: [],
    };
    const api = { ...apiReplying({ result: null as never }), syncStatus: async () => status };
    const bridge = bridgeFor(api);
    expect(await bridge.syncStatus?.()).toEqual(status);
    await expect(bridge.joinCode?.()).rejects.toThrow(/Peer sync is off on this computer/);
  });
});
