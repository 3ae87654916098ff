import { describe, expect, it } from 'vitest';
import {
  describeLag,
  describePeerPresence,
  leadsConnectedPeers,
  type PeerStatus,
} from './syncStatus.ts';

const peer = (over: Partial<PeerStatus>): PeerStatus => ({
  nodeId: 'n',
  name: 'n',
  address: 'a',
  connected: false,
  lagMs: 0,
  ...over,
});
const now = new Date('2026-11-26T10:00:00Z');

describe('sync status wording', () => {
  it.each([
    [peer({ connected: true }), 'connected'],
    [peer({}), 'never seen'],
    [peer({ lastSeen: '2026-11-26T09:59:30Z' }), 'last seen 30 s ago'],
    [peer({ lastSeen: '2026-11-26T09:45:00Z' }), 'last seen 15 min ago'],
    [peer({ lastSeen: '2026-11-26T05:00:00Z' }), 'last seen 5 h ago'],
  ])('%o → %s', (p, expected) => expect(describePeerPresence(p, now)).toBe(expected));

  it.each([
    [0, 'up to date'],
    [250, '250 ms behind'],
    [12_000, '12 s behind'],
    [600_000, '10 min behind'],
  ])('lag %d → %s', (lag, expected) => expect(describeLag(lag)).toBe(expected));
});

describe('leadsConnectedPeers', () => {
  const other = (nodeId: string, connected: boolean) => peer({ nodeId, connected });

  it('the lowest node id among itself and connected peers leads; disconnected peers do not count', () => {
    expect(leadsConnectedPeers({ nodeId: 'node-b', peers: [] })).toBe(true);
    expect(leadsConnectedPeers({ nodeId: 'node-b', peers: [other('node-c', true)] })).toBe(true);
    expect(leadsConnectedPeers({ nodeId: 'node-b', peers: [other('node-a', true)] })).toBe(false);
    expect(leadsConnectedPeers({ nodeId: 'node-b', peers: [other('node-a', false)] })).toBe(true);
  });
});
