import { describe, expect, it } from 'vitest';
import type { LanternApi, StoragePortGrant } from '../../../../shared/contract/ipc.ts';
import { requestStoragePort } from './lanternWindow.ts';

/** A preload stand-in that forwards a port the way the real one does. */
function preloadGranting(grant: StoragePortGrant, port: MessagePort): LanternApi {
  return {
    requestStoragePort: async () => {
      // What window.postMessage(message, '*', [port]) delivers in Chromium.
      const data = { type: 'lantern:storage-port' };
      window.dispatchEvent(new MessageEvent('message', { data, source: window, ports: [port] }));
      return grant;
    },
  } as Partial<LanternApi> as LanternApi;
}

describe('requestStoragePort', () => {
  it('listens before asking, and hands over the forwarded port with the grant', async () => {
    const channel = new MessageChannel();
    const handover = await requestStoragePort(preloadGranting({ readOnly: true }, channel.port1));

    expect(handover.grant).toEqual({ readOnly: true });
    expect(handover.port).toBeDefined();
    channel.port2.close();
  });

  it('gives up with a clear message when no port arrives', async () => {
    const silent = {
      requestStoragePort: async () => ({ readOnly: false }),
    } as Partial<LanternApi> as LanternApi;
    await expect(requestStoragePort(silent, window, 50)).rejects.toThrow(
      'did not open a storage channel',
    );
  });
});
