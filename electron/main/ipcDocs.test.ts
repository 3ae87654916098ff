import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ipcEvents, ipcHandlers } from '../../shared/contract/ipc.ts';

// docs/ipc.md is where people look first; it must name every channel.
describe('docs/ipc.md', () => {
  it('lists every channel of the IPC contract', () => {
    const doc = readFileSync(new URL('../../docs/ipc.md', import.meta.url), 'utf8');
    const channels = [...Object.values(ipcHandlers), ...Object.values(ipcEvents)].map(
      (entry) => entry.channel,
    );
    for (const channel of channels) expect(doc, channel).toContain(`\`${channel}\``);
  });
});
