import type { IncomingMessage } from 'node:http';
import { HttpError } from '../http/httpErrors.ts';
import { tokenMatches } from '../identity/accessToken.ts';
import type { AccessTokenService } from './accessTokenService.ts';
import { OPERATOR_ACTOR, setPrincipal, type Principal } from './principal.ts';
import type { SessionService } from './sessionService.ts';
import { tokenRecordId } from './credentialTokens.ts';
import { wallMayRead } from './wallReads.ts';

export interface RequestAuthenticatorDeps {
  nodeToken: string;
  sessions: SessionService;
  tokens: AccessTokenService;
}

export function bearerToken(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

const unauthenticated = () =>
  new HttpError(
    401,
    'unauthenticated',
    'Sign in (POST /api/v1/sessions) and send the session token as Authorization: Bearer <token>',
  );

/** The principal a bearer token stands for, or a refusal saying why not. */
export async function principalForToken(
  deps: RequestAuthenticatorDeps,
  bearer: string,
): Promise<Principal> {
  if (tokenRecordId('ls1', bearer)) {
    const session = await deps.sessions.authenticate(bearer);
    return { kind: 'session', session, actor: deps.sessions.actorOf(session) };
  }
  if (tokenRecordId('lt1', bearer)) return deps.tokens.authenticate(bearer);
  if (tokenMatches(deps.nodeToken, bearer)) return { kind: 'operator', actor: OPERATOR_ACTOR };
  throw unauthenticated();
}

/**
 * Decides who a request is from before its route runs (routes read it with
 * `requestActor`), and keeps wall displays and read-only integrations to
 * the reads they are for.
 */
export function requestAuthenticator(deps: RequestAuthenticatorDeps) {
  return async (request: IncomingMessage, url: URL): Promise<void> => {
    const bearer = bearerToken(request);
    if (!bearer) throw unauthenticated();
    const principal = await principalForToken(deps, bearer);
    const method = request.method ?? 'GET';
    if (
      principal.kind === 'wall' &&
      !(method === 'GET' && wallMayRead(principal.token, url.pathname))
    )
      throw new HttpError(
        403,
        'read-only',
        'A wall display token only reads the wall’s incidents; it cannot change anything or open the console',
      );
    if (principal.kind === 'integration' && method === 'GET' && !integrationMayRead(principal, url))
      throw new HttpError(
        403,
        'forbidden',
        `The integration "${principal.token.name}" may not read this: its token needs the scope incidents:read`,
      );
    setPrincipal(request, principal);
  };
}

function integrationMayRead(
  principal: Extract<Principal, { kind: 'integration' }>,
  url: URL,
): boolean {
  return (
    url.pathname === '/api/v1/openapi.json' || principal.token.scopes.includes('incidents:read')
  );
}
