import { describe, expect, it } from 'vitest';
import { encodeJoinCode } from './sync/joinCode.ts';
import { parseServeArguments, UsageError, wantsHelp } from './serveOptions.ts';

const SECRET = 'a-workspace-secret-long-enough';
const FINGERPRINT = Array.from({ length: 32 }, () => 'AB').join(':');

describe('peer-sync command-line flags', () => {
  it('leaves sync off without a secret', () => {
    expect(parseServeArguments(['--data', 'd']).sync).toBeUndefined();
  });

  it('takes a secret, repeatable peers, a sync port and --no-mdns', () => {
    expect(
      parseServeArguments([
        '--data',
        'd',
        '--workspace-secret',
        SECRET,
        '--peer',
        '10.0.0.5:4871',
        '--peer',
        'lantern-b.local:4871',
        '--sync-port',
        '5000',
        '--no-mdns',
      ]).sync,
    ).toEqual({
      secret: SECRET,
      peers: ['10.0.0.5:4871', 'lantern-b.local:4871'],
      port: 5000,
      mdns: false,
    });
  });

  it('takes a join code: its secret, its address as a peer and its fingerprint pinned', () => {
    const code = encodeJoinCode({
      workspaceId: 'ws-1',
      address: '10.0.0.5:4871',
      secret: SECRET,
      fingerprint: FINGERPRINT,
    });
    expect(parseServeArguments(['--data', 'd', '--join', code]).sync).toEqual({
      secret: SECRET,
      peers: ['10.0.0.5:4871'],
      pinned: { '10.0.0.5:4871': FINGERPRINT },
      mdns: true,
    });
  });

  it.each([
    [['--workspace-secret', 'short'], /at least 16/],
    [['--peer', '10.0.0.5:4871'], /need --workspace-secret/],
    [['--workspace-secret', SECRET, '--peer', 'no-port'], /host:port/],
    [['--workspace-secret', SECRET, '--sync-port', '70000'], /--sync-port/],
    [['--join', 'lantern-join:garbage'], /damaged/],
  ])('refuses %o', (args, message) => {
    expect(() => parseServeArguments(['--data', 'd', ...args])).toThrow(UsageError);
    expect(() => parseServeArguments(['--data', 'd', ...args])).toThrow(message);
  });
});

describe('--help', () => {
  it('is recognised wherever it is, so `npm run serve -- --help` prints the usage', () => {
    expect(wantsHelp(['--help'])).toBe(true);
    expect(wantsHelp(['--data', 'd', '-h'])).toBe(true);
    expect(wantsHelp(['--data', 'd'])).toBe(false);
  });
});
