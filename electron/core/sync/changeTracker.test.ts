import { describe, expect, it } from 'vitest';
import { ChangeTracker } from './syncStatus.ts';

const clock = '001796305594925-000000-node-a';
const later = '001796305594999-000000-node-a';

describe('which local changes a peer has', () => {
  it('knows a record by its rid, as a peer’s acknowledgement names it', () => {
    const tracker = new ChangeTracker(() => 0);
    tracker.connected({ nodeId: 'node-b', name: 'B', address: 'b' });
    const escalation = {
      rid: 'escalations|esc-1',
      kind: 'escalations',
      id: 'esc-1',
      fieldClocks: { status: clock },
    };
    tracker.local('records', escalation);
    expect(tracker.status().unacknowledgedChanges).toBe(1);
    tracker.acknowledged('node-b', 'records', { id: 'escalations|esc-1', hlc: clock });
    expect(tracker.status().unacknowledgedChanges).toBe(0);
  });

  it('keeps a change pending until the peer has a version at least as new', () => {
    const tracker = new ChangeTracker(() => 0);
    tracker.local('incidents', { id: 'inc-1', fieldClocks: { title: later } });
    tracker.acknowledged('node-b', 'incidents', { id: 'inc-1', hlc: clock });
    expect(tracker.status().unacknowledgedChanges).toBe(1);
    tracker.acknowledged('node-b', 'incidents', { id: 'inc-1', hlc: later });
    expect(tracker.status().unacknowledgedChanges).toBe(0);
  });
});

describe('a peer that pulled past a change holds it', () => {
  it('acknowledges what lies at or before the checkpoint it pulls from, nothing after', () => {
    const tracker = new ChangeTracker(() => 0);
    tracker.connected({ nodeId: 'node-b', name: 'B', address: 'b' });
    tracker.local('timeline', { id: 'tl-1', hlc: clock }, 100);
    tracker.local('timeline', { id: 'tl-2', hlc: clock }, 200);
    tracker.local('incidents', { id: 'inc-1', fieldClocks: { title: clock } }, 100);
    // B stored tl-1 and died before acknowledging it; after its restart it pulls from tl-1.
    tracker.pulledUpTo('node-b', 'timeline', { id: 'tl-1', lwt: 100 });
    expect(tracker.status().unacknowledgedChanges).toBe(2);
    tracker.pulledUpTo('node-b', 'timeline', { id: 'tl-2', lwt: 200 });
    expect(tracker.status().unacknowledgedChanges).toBe(1);
  });
});
