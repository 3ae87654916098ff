import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSyncConfigFile, SYNC_CONFIG_FILE } from './syncConfigFile.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function dataDirWith(content?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-syncconfig-'));
  folders.push(dir);
  if (content !== undefined) writeFileSync(join(dir, SYNC_CONFIG_FILE), content);
  return dir;
}

describe('sync.json in the desktop data folder', () => {
  it('is optional: no file, no sync', () => {
    expect(readSyncConfigFile(dataDirWith())).toBeUndefined();
  });

  it('turns on sync with the secret, peers, port and mDNS setting', () => {
    const dir = dataDirWith(
      JSON.stringify({
        workspaceSecret: 'correct horse battery staple',
        peers: ['10.0.0.7:4871'],
        syncPort: 4881,
        mdns: false,
        host: '0.0.0.0',
      }),
    );
    expect(readSyncConfigFile(dir)).toEqual({
      secret: 'correct horse battery staple',
      peers: ['10.0.0.7:4871'],
      port: 4881,
      mdns: false,
      host: '0.0.0.0',
    });
  });

  it('names the file and the problem when it is not valid', () => {
    expect(() => readSyncConfigFile(dataDirWith('{ nope'))).toThrow(/sync\.json is not valid JSON/);
    expect(() => readSyncConfigFile(dataDirWith(JSON.stringify({ secret: 'x' })))).toThrow(
      /sync\.json is not valid: .*secret/,
    );
    expect(() =>
      readSyncConfigFile(dataDirWith(JSON.stringify({ workspaceSecret: 'short' }))),
    ).toThrow(/sync\.json is not valid .*at least 16 characters/);
    expect(() =>
      readSyncConfigFile(
        dataDirWith(
          JSON.stringify({ workspaceSecret: 'correct horse battery staple', peers: ['nowhere'] }),
        ),
      ),
    ).toThrow(/host:port/);
  });
});
