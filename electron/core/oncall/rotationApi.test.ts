import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { sessionFor } from '../access/signIn.testSupport.ts';
import { startNode, type LanternNode } from '../node.ts';

let node: LanternNode;
let dataDir: string;
// Yusuf Demir, an administrator of the demo workspace, signed in with his own session.
let session: string;

async function api<T = Record<string, unknown>>(method: string, path: string, body?: unknown) {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${session}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-rotation-'));
  node = await startNode({
    dataDir,
    port: 0,
    token: 'test-token-0123456789',
    demo: true,
    log: () => undefined,
  });
  session = await sessionFor(node, 'yusuf-demir', 'yusuf-demir');
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type OnCall = { onCall: { personId: string; source: string } | null };

describe('on-call overrides', () => {
  it('a cover takes the rotation for its window, and escalations page the person covering', async () => {
    const now = Date.now();
    const window = {
      start: new Date(now - 3_600_000).toISOString(),
      end: new Date(now + 3_600_000).toISOString(),
    };
    const before = await api<OnCall>('GET', '/rotations/payments-primary/on-call');
    expect(before.body.onCall?.source).toBe('layer');
    const cover = await api('POST', '/rotations/payments-primary/overrides', {
      personId: 'yusuf-demir',
      ...window,
      reason: 'Swap with Zofia',
    });
    expect(cover.status).toBe(201);
    const during = await api<OnCall>('GET', '/rotations/payments-primary/on-call');
    expect(during.body.onCall).toMatchObject({ personId: 'yusuf-demir', source: 'override' });
    const after = await api<OnCall>(
      'GET',
      `/rotations/payments-primary/on-call?at=${encodeURIComponent(new Date(now + 7_200_000).toISOString())}`,
    );
    expect(after.body.onCall?.source).toBe('layer');

    const incident = await api<{ id: string }>('POST', '/incidents', {
      title: 'Card payments failing',
      severity: 'SEV1',
      type: 'availability',
      serviceIds: ['payments-gateway'],
    });
    expect(incident.status).toBe(201);
    await expect
      .poll(async () =>
        (await api<{ text: string }[]>('GET', `/incidents/${incident.body.id}/timeline`)).body
          .map((e) => e.text)
          .join('\n'),
      )
      .toMatch(/Paged Yusuf Demir \(Payments/);
  });

  it('refuses a cover that ends before it starts, for an unknown person or rotation, and stores nothing', async () => {
    const start = new Date().toISOString();
    const backwards = await api<{ error: { problems: { field: string }[] } }>(
      'POST',
      '/rotations/payments-primary/overrides',
      { personId: 'yusuf-demir', start, end: '2020-01-01T00:00:00Z' },
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.problems[0]?.field).toBe('end');
    const end = new Date(Date.now() + 60_000).toISOString();
    expect(
      (
        await api('POST', '/rotations/payments-primary/overrides', {
          personId: 'nobody',
          start,
          end,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await api('POST', '/rotations/no-such-rotation/overrides', {
          personId: 'yusuf-demir',
          start,
          end,
        })
      ).status,
    ).toBe(404);
    expect((await api('GET', '/rotations/no-such-rotation/on-call')).status).toBe(404);
    const unit = await kindStore(node.database).get('organisation', 'payments-primary');
    expect(unit?.rotation?.overrides).toHaveLength(1);
  });

  it('removes a cover, and refuses an unknown one without changing anything', async () => {
    const now = Date.now();
    const cover = await api<{ id: string }>(
      'POST',
      '/rotations/duty-major-incident-manager/overrides',
      {
        personId: 'kevin-murphy',
        start: new Date(now - 60_000).toISOString(),
        end: new Date(now + 3_600_000).toISOString(),
      },
    );
    expect(cover.status).toBe(201);
    const during = await api<OnCall>('GET', '/rotations/duty-major-incident-manager/on-call');
    expect(during.body.onCall).toMatchObject({ personId: 'kevin-murphy', source: 'override' });

    expect(
      (await api('DELETE', '/rotations/duty-major-incident-manager/overrides/no-such-cover'))
        .status,
    ).toBe(404);
    const removed = await api(
      'DELETE',
      `/rotations/duty-major-incident-manager/overrides/${cover.body.id}`,
    );
    expect(removed.status).toBe(200);
    const after = await api<OnCall>('GET', '/rotations/duty-major-incident-manager/on-call');
    expect(after.body.onCall?.source).toBe('layer');
    expect(
      (await api('DELETE', `/rotations/duty-major-incident-manager/overrides/${cover.body.id}`))
        .status,
    ).toBe(404);
  });

  it('a weekend layer above the base layer takes the rotation on Saturdays only', async () => {
    const weekend = {
      id: 'weekend',
      name: 'Weekend cover',
      participantIds: ['oliver-hughes'],
      shiftHours: 168,
      startsOn: '2026-01-03',
      handoffTime: '09:00',
      restrictions: [{ days: ['sat', 'sun'], start: '00:00', end: '00:00' }],
    };
    const set = await api('PUT', '/rotations/payments-primary/layers', { upperLayers: [weekend] });
    expect(set.status).toBe(200);
    const at = (iso: string) =>
      api<OnCall & { onCall: { layerId?: string } }>(
        'GET',
        `/rotations/payments-primary/on-call?at=${encodeURIComponent(iso)}`,
      );
    const saturday = await at('2026-12-05T12:00:00Z');
    expect(saturday.body.onCall).toMatchObject({ personId: 'oliver-hughes', layerId: 'weekend' });
    const wednesday = await at('2026-12-02T12:00:00Z');
    expect(wednesday.body.onCall?.layerId).toBe('payments-primary-primary');

    const bad = await api<{ error: { problems: { field: string }[] } }>(
      'PUT',
      '/rotations/payments-primary/layers',
      { upperLayers: [{ ...weekend, participantIds: ['nobody'] }] },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0]?.field).toBe('upperLayers.0.participantIds.0');
    const unchanged = await at('2026-12-05T12:00:00Z');
    expect(unchanged.body.onCall).toMatchObject({ personId: 'oliver-hughes' });
  });
});
