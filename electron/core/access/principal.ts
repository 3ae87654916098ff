import type { IncomingMessage } from 'node:http';
import type { Actor } from '../../../shared/commands/command.ts';
import type { SessionDoc } from '../../../shared/schema/session.ts';
import type { AccessTokenDoc } from '../../../shared/schema/accessToken.ts';

/**
 * Who a request comes from, decided once by the HTTP server from its bearer
 * token: the node's operator (the node token), a signed-in person (a
 * session), an integration (its token) or a wall display (read only).
 */
export type Principal =
  | { kind: 'operator'; actor: Actor }
  | { kind: 'session'; session: SessionDoc; actor: Actor }
  | { kind: 'integration'; token: AccessTokenDoc; actor: Actor }
  | { kind: 'wall'; token: AccessTokenDoc };

const principals = new WeakMap<IncomingMessage, Principal>();

export function setPrincipal(request: IncomingMessage, principal: Principal): void {
  principals.set(request, principal);
}

export function principalOf(request: IncomingMessage): Principal | undefined {
  return principals.get(request);
}

export const OPERATOR_ACTOR: Actor = {
  kind: 'integration',
  id: 'operator',
  authentication: { credentialId: 'node-token', method: 'operator-token' },
};
