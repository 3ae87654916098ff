import { sessionFor, type NodeAddress } from '../../electron/core/access/signIn.testSupport.ts';
import type { NodeProcess } from './nodeProcess.ts';

/** The demo organisation's first administrator: gives the test people their passphrases. */
const DEMO_ADMINISTRATOR = 'yusuf-demir';
const sessions = new Map<string, string>();

/** A session of `personId` on `node` (signing them in once with the test passphrase). */
export async function sessionOf(node: NodeAddress, personId: string): Promise<string> {
  const key = `${node.url} ${personId}`;
  let session = sessions.get(key);
  if (!session) {
    session = await sessionFor(node, personId, DEMO_ADMINISTRATOR);
    sessions.set(key, session);
  }
  return session;
}

/**
 * Calls to a node's HTTP API v1. With `actor`, the call goes as that person,
 * signed in with their own session (a caller can no longer name who acts);
 * without, with the node token (the operator's reads and first-run work).
 */
export async function apiRequest<T>(
  node: NodeProcess,
  method: string,
  path: string,
  body?: unknown,
  actor?: string,
): Promise<{ status: number; body: T }> {
  const bearer = actor ? await sessionOf(node, actor) : node.token;
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${bearer}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}
