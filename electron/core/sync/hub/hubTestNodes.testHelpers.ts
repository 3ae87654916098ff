import { expect } from 'vitest';
import type { HubStatus } from '../../../../shared/sync/syncStatus.ts';
import { until, type SyncNodeProcess } from '../syncProcess.testHelpers.ts';

/** What the hub tests read from nodes over HTTP. */
export type Digest = Record<string, { count: number; sha256: string }>;
export type Status = {
  isolated: boolean;
  unacknowledgedChanges: number;
  peers: { connected: boolean }[];
  hub?: HubStatus;
};

export function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

export async function status(node: SyncNodeProcess): Promise<Status> {
  return (await node.api<Status>('GET', '/api/v1/sync/status')).body;
}

export async function digest(node: SyncNodeProcess): Promise<string> {
  return JSON.stringify((await node.api<Digest>('GET', '/api/v1/sync/digest')).body);
}

let lastDifference = '';

/** Same digests everywhere, nothing unacknowledged, every hub node live with nothing pending. */
async function converged(nodes: SyncNodeProcess[]): Promise<boolean> {
  const statuses = await Promise.all(nodes.map(status));
  const digests = await Promise.all(nodes.map(digest));
  lastDifference = nodes
    .map((n, i) => {
      const s = statuses[i];
      return `${n.name}: unacknowledged=${s?.unacknowledgedChanges} hub=${JSON.stringify(s?.hub)} digest=${digests[i]}`;
    })
    .join('\n');
  if (statuses.some((s) => s.unacknowledgedChanges > 0)) return false;
  if (statuses.some((s) => s.hub && (s.hub.state !== 'live' || s.hub.pendingChanges > 0)))
    return false;
  return digests.every((d) => d === digests[0]);
}

export async function untilConverged(nodes: SyncNodeProcess[], what: string): Promise<void> {
  try {
    await until(() => converged(nodes), what, 180_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${lastDifference}`, { cause: error });
  }
}

export async function declare(node: SyncNodeProcess, title: string): Promise<string> {
  const response = await node.api<{ id: string }>('POST', '/api/v1/incidents', {
    title,
    severity: 'SEV3',
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id;
}

export async function note(
  node: SyncNodeProcess,
  incidentId: string,
  text: string,
): Promise<string> {
  const response = await node.api<{ id: string }>(
    'POST',
    `/api/v1/incidents/${incidentId}/timeline`,
    { text },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id;
}

export async function timeline(
  node: SyncNodeProcess,
  incidentId: string,
): Promise<Map<string, string>> {
  const response = await node.api<{ id: string; text: string }[]>(
    'GET',
    `/api/v1/incidents/${incidentId}/timeline`,
  );
  return new Map(response.body.map((entry) => [entry.id, entry.text]));
}
