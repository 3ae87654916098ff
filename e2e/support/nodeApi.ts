import type { NodeProcess } from './nodeProcess.ts';

/**
 * Calls to a node's HTTP API v1 with its token, as an integration would make
 * them; `actor` names the person whose authority is checked (X-Lantern-Actor).
 */
export async function apiRequest<T>(
  node: NodeProcess,
  method: string,
  path: string,
  body?: unknown,
  actor?: string,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${node.token}`,
      ...(actor ? { 'x-lantern-actor': actor } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}
