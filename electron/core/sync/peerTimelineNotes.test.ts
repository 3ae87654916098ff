import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/commands/command.ts';
import { startNode, type LanternNode } from '../node.ts';
import { PeerTimelineNotes } from './peerTimelineNotes.ts';

const ADMIN: Actor = { kind: 'system', id: 'test' };
let node: LanternNode;
let dataDir: string;
let incidentIds: string[];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-peer-notes-'));
  node = await startNode({ dataDir, port: 0, log: () => undefined });
  await node.execute('createWorkspace', { workspaceName: 'Northwind', displayName: 'Ada' }, ADMIN);
  incidentIds = [];
  for (const title of ['Payments down', 'VPN flapping']) {
    const incident = (await node.execute(
      'declareIncident',
      { title, severity: 'SEV2', type: 'availability' },
      ADMIN,
    )) as { id: string };
    incidentIds.push(incident.id);
  }
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function peerNotesOn(incidentId: string): Promise<string[]> {
  const entries = await node.database.timeline.find({ selector: { incidentId } }).exec();
  return entries
    .map((entry) => (entry as unknown as { text: string }).text)
    .filter((text) => text.startsWith('Peer'));
}

describe('peer changes on the timeline', () => {
  it('a peer joining and leaving in a loop gives one note and then one summary per quiet period', async () => {
    let now = 1_000_000;
    const flushes: (() => void)[] = [];
    const notes = new PeerTimelineNotes({
      database: node.database,
      execute: (name, input, actor) => node.execute(name as never, input, actor),
      log: () => undefined,
      quietMs: 60_000,
      now: () => now,
      schedule: (work) => {
        flushes.push(work);
        return () => undefined;
      },
    });
    const flapper = { nodeId: 'node-flap', name: 'flapper', address: '10.0.0.66:4871' };
    for (let i = 0; i < 200; i += 1) {
      notes.noteChange(i % 2 === 0 ? 'joined' : 'left', flapper);
      now += 100;
    }
    notes.noteChange('joined', { nodeId: 'node-b', name: 'bravo', address: '10.0.0.7:4871' });
    expect(flushes).toHaveLength(1);
    now += 60_000;
    flushes[0]?.();
    await notes.flush();
    for (const incidentId of incidentIds) {
      const written = await peerNotesOn(incidentId);
      expect(written).toHaveLength(2);
      expect(written[0]).toBe('Peer flapper (10.0.0.66:4871) joined: syncing');
      expect(written[1]).toMatch(/^Peers joined or left 200 times within 1 min: flapper/);
      expect(written[1]).toMatch(/flapper \(10\.0\.0\.66:4871\) 199× — now away; bravo/);
    }
  });
});
