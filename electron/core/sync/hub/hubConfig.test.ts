import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseServeArguments, UsageError } from '../../serveOptions.ts';
import { readSyncConfigFile } from '../syncConfigFile.ts';

const SECRET = 'a-workspace-secret-long-enough';
const base = ['--data', 'd', '--workspace-secret', SECRET];

describe('hub configuration', () => {
  it('takes repeatable --hub servers and a user and password', () => {
    const hub = parseServeArguments([
      ...base,
      '--hub',
      'nats://hub1:4222',
      '--hub',
      'tls://10.0.0.9:4222',
      '--hub-user',
      'war-room-1',
      '--hub-password',
      'pw',
    ]).sync?.hub;
    expect(hub).toEqual({
      servers: ['nats://hub1:4222', 'tls://10.0.0.9:4222'],
      user: 'war-room-1',
      password: 'pw',
    });
  });

  it('refuses what cannot work, saying which flag', () => {
    const refused = (args: string[]) => () => parseServeArguments(args);
    expect(refused(['--data', 'd', '--hub', 'nats://h:4222'])).toThrow(/need --workspace-secret/);
    expect(refused([...base, '--hub', 'http://h:4222'])).toThrow(/--hub must be nats:\/\//);
    expect(refused([...base, '--hub', 'nats://h:4222', '--hub-user', 'u'])).toThrow(
      /--hub-user and --hub-password go together/,
    );
    expect(
      refused([
        ...base,
        '--hub',
        'nats://h:4222',
        '--hub-user',
        'u',
        '--hub-password',
        'p',
        '--hub-nkey',
        'f',
      ]),
    ).toThrow(/not both/);
    expect(refused([...base, '--hub-user', 'u'])).toThrow(UsageError);
  });

  it('reads the same from sync.json, and names a wrong field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-hubcfg-'));
    try {
      const file = join(dir, 'sync.json');
      writeFileSync(
        file,
        JSON.stringify({
          workspaceSecret: SECRET,
          hub: { servers: ['nats://hub1:4222'], nkeyFile: '/keys/node.nk', caFile: '/keys/ca.pem' },
        }),
      );
      expect(readSyncConfigFile(dir)?.hub).toEqual({
        servers: ['nats://hub1:4222'],
        nkeyFile: '/keys/node.nk',
        caFile: '/keys/ca.pem',
      });
      writeFileSync(file, JSON.stringify({ workspaceSecret: SECRET, hub: { servers: [] } }));
      expect(() => readSyncConfigFile(dir)).toThrow(/hub\.servers/);
      writeFileSync(file, JSON.stringify({ workspaceSecret: SECRET, hub: { servers: ['h:1'] } }));
      expect(() => readSyncConfigFile(dir)).toThrow(/nats:\/\/host:port/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
