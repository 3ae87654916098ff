import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../shared/commands/command.ts';
import { administratorsOf } from '../../../shared/commands/administrators.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import type { LanternNode } from '../node.ts';
import { newToken } from './credentialTokens.ts';

const WALL_TOKEN_ACTOR: Actor = { kind: 'system', id: 'node-wall-token' };

/** The name of the wall token a node makes for itself at start; one per node, replaced each start. */
export const startupWallTokenName = (nodeId: string) => `Wall display of node ${nodeId}`;

/**
 * A read-only wall token for this node's printed wall address, so the address
 * never carries the node token. Only the hash is stored, so the token cannot
 * be printed again: each start revokes the node's previous one and makes a new
 * one, owned by the first administrator. Undefined before a workspace exists
 * (an administrator then creates one: POST /api/v1/tokens).
 */
export async function startupWallToken(node: LanternNode): Promise<string | undefined> {
  const store = kindStore(node.database);
  const workspace = await store.findOne('workspaces');
  const ownerId = workspace ? administratorsOf(workspace)[0] : undefined;
  if (!ownerId) return undefined;
  const name = startupWallTokenName(node.nodeId);
  const previous = (await store.find('accessTokens')).filter(
    (token) => token.purpose === 'wall' && token.name === name && !token.revokedAt,
  );
  for (const token of previous)
    await node.execute('revokeAccessToken', { tokenId: token.id }, WALL_TOKEN_ACTOR);
  const tokenId = `token-${randomUUID()}`;
  const { token, hash } = newToken('lt1', tokenId);
  await node.execute(
    'createAccessToken',
    { tokenId, tokenHash: hash, purpose: 'wall', name, ownerId },
    WALL_TOKEN_ACTOR,
  );
  return token;
}

/** The wall address: the token rides in the fragment, which the browser never sends to a server. */
export function wallUrl(nodeUrl: string, wallToken: string): string {
  return `${nodeUrl}/#/wall?token=${encodeURIComponent(wallToken)}`;
}
