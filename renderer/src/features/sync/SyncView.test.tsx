import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../shared/sync/syncStatus.ts';
import { renderInLantern } from '../../test/renderInLantern.testHelpers.tsx';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { SyncView } from './SyncView.tsx';
import { TEST_NOW } from '../../test/testClock.testHelpers.ts';

// The node's real answer is covered end to end (e2e/browser/sync.spec.ts); here
// the view is given status documents shaped like GET /api/v1/sync/status.
const lanterns: TestLantern[] = [];
afterEach(async () => {
  cleanup();
  for (const lantern of lanterns.splice(0)) await lantern.close();
});

async function renderWith(status: SyncStatus | undefined) {
  const lantern = await createTestLantern();
  lanterns.push(lantern);
  if (status) lantern.bridge.syncStatus = async () => status;
  renderInLantern(lantern, <SyncView />);
  return lantern;
}

const base: SyncStatus = {
  enabled: true,
  nodeId: 'node-a',
  name: 'war-room-laptop',
  syncPort: 4871,
  isolated: false,
  unacknowledgedChanges: 0,
  peers: [],
};

describe('SyncView', () => {
  it('says when this node is isolated, what has reached nobody, and when each peer was last seen', async () => {
    await renderWith({
      ...base,
      isolated: true,
      unacknowledgedChanges: 7,
      peers: [
        {
          nodeId: 'node-b',
          name: 'wall-pc',
          address: '10.0.0.7:4871',
          connected: false,
          lastSeen: new Date(TEST_NOW - 90_000).toISOString(),
          lagMs: 0,
        },
      ],
    });
    expect((await screen.findByRole('alert')).textContent).toContain('This node is isolated');
    expect(screen.getByTestId('sync-unacknowledged').textContent).toContain('7 change(s)');
    const row = within(screen.getByRole('table')).getByText('wall-pc').closest('tr');
    expect(row?.textContent).toContain('10.0.0.7:4871');
    expect(row?.textContent).toContain('last seen 2 min ago');
  });

  it('shows connected peers with their lag', async () => {
    await renderWith({
      ...base,
      peers: [
        {
          nodeId: 'node-b',
          name: 'wall-pc',
          address: '10.0.0.7:4871',
          connected: true,
          lagMs: 1500,
        },
      ],
    });
    await screen.findByText('Connected to 1 peer(s).');
    expect(screen.getByRole('table').textContent).toContain('2 s behind');
  });

  it('names quarantined peers, what they sent and until when they are refused', async () => {
    await renderWith({
      ...base,
      quarantined: [
        {
          nodeId: 'node-evil',
          name: 'rogue-laptop',
          address: '10.0.0.66:4871',
          reason: 'incidents/inc-1: a deletion: no Lantern command deletes, so no peer may',
          since: new Date(TEST_NOW).toISOString(),
          until: new Date(TEST_NOW + 3_600_000).toISOString(),
        },
      ],
    });
    const table = await screen.findByTestId('sync-quarantined');
    const row = within(table).getByText('rogue-laptop').closest('tr');
    expect(row?.textContent).toContain('10.0.0.66:4871');
    expect(row?.textContent).toContain('a deletion');
    expect(row?.textContent).toMatch(/UTC$/);
    expect(screen.getByText(/One peer is quarantined/)).toBeTruthy();
  });

  it('shows the hub as Live only while connected, with what is still waiting for it', async () => {
    const hub = {
      servers: ['nats://hub-1:4222', 'nats://hub-2:4222'],
      pendingChanges: 0,
      lagMs: 0,
      behindMessages: 0,
      refusedMessages: 0,
    };
    await renderWith({ ...base, hub: { ...hub, state: 'live', connectedTo: 'hub-1:4222' } });
    await screen.findByText('Connected to 0 peer(s) and the hub.');
    const panel = screen.getByTestId('sync-hub');
    expect(panel.textContent).toContain('Live · connected to hub-1:4222');
    expect(screen.getByTestId('sync-hub-pending').textContent).toContain('every change is on');
    cleanup();

    await renderWith({
      ...base,
      isolated: true,
      hub: {
        ...hub,
        state: 'connecting',
        problem: 'lost the connection to hub-1:4222',
        lastContact: new Date(TEST_NOW - 30_000).toISOString(),
        pendingChanges: 12,
        lagMs: 30_000,
        refusedMessages: 2,
      },
    });
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent).join(' ')).toContain(
      'Reconnecting: lost the connection to hub-1:4222',
    );
    expect(screen.getByTestId('sync-hub').textContent).not.toContain('Live');
    expect(screen.getByTestId('sync-hub-pending').textContent).toContain(
      '12 change(s), oldest 30 s behind',
    );
    expect(screen.getByTestId('sync-hub-refused').textContent).toContain('2 message(s)');
  });

  it('says who runs scheduled work, since when, and that a peer takes over after the lease', async () => {
    const lantern = await renderWith({
      ...base,
      scheduling: { state: 'running', leaseMs: 90_000, skewMarginMs: 30_000 },
    });
    await lantern.bridge.sendCommand(
      'renewSchedulerLease',
      { leaseMs: 90_000, skewMarginMs: 30_000, nodeName: 'war-room-laptop' },
      { kind: 'system', id: 'scheduler-lease' },
    );
    const since = `${new Date(TEST_NOW).toISOString().slice(11, 19)} UTC`;
    const lease = await screen.findByText(/war-room-laptop \(node-test\)/);
    expect(lease.closest('li')?.textContent).toContain(`runs its scheduled work since ${since}`);
    expect(screen.getByTestId('sync-scheduling-state').textContent).toContain(
      'takes over a node’s work 120 s after its last lease renewal',
    );
  });

  it('explains when the window cannot ask the node', async () => {
    await renderWith(undefined);
    await screen.findByText(/not available in this window/);
  });
});
