import { z } from 'zod';
import type { IncomingMessage } from 'node:http';
import { HttpError } from '../http/httpErrors.ts';
import { sendJson } from '../http/jsonResponse.ts';
import { commonErrors, error, json } from '../http/openApiParts.ts';
import { defineRoute } from '../http/routeDefinition.ts';
import type { ApiContext } from '../http/apiContext.ts';
import { bearerToken } from './requestAuthentication.ts';
import { principalOf } from './principal.ts';
import type { SessionDoc } from '../../../shared/schema/session.ts';

const signInBody = z
  .object({
    personId: z.string().min(1).max(64),
    passphrase: z.string().min(1).max(1024),
    sharedScreen: z.boolean().optional(),
  })
  .strict();

const confirmBody = z
  .object({
    pin: z.string().min(1).max(16).optional(),
    passphrase: z.string().min(1).max(1024).optional(),
  })
  .strict()
  .refine((body) => (body.pin === undefined) !== (body.passphrase === undefined), {
    message: 'send your PIN or your passphrase',
    path: ['pin'],
  });

export function clientAddress(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

function sessionView(session: SessionDoc, api: ApiContext) {
  const actor = api.access.sessions.actorOf(session);
  return {
    sessionId: session.id,
    personId: session.personId,
    method: session.method,
    startedAt: session.startedAt,
    expiresAt: session.expiresAt,
    authenticatedAt: actor.authentication?.authenticatedAt ?? null,
  };
}

function currentSession(request: IncomingMessage): SessionDoc {
  const principal = principalOf(request);
  if (principal?.kind !== 'session')
    throw new HttpError(401, 'unauthenticated', 'This needs a signed-in person’s session token');
  return principal.session;
}

const sessionSchema = {
  type: 'object',
  properties: {
    token: { type: 'string', description: 'Shown once; send as Authorization: Bearer <token>' },
    sessionId: { type: 'string' },
    personId: { type: 'string' },
    expiresAt: { type: 'string', format: 'date-time' },
  },
};

const signIn = defineRoute({
  method: 'POST',
  path: '/api/v1/sessions',
  summary: 'Sign in with a passphrase; answers a session token',
  public: true,
  body: signInBody,
  responses: {
    '201': { description: 'Signed in', ...json(sessionSchema) },
    '401': error('Person and passphrase do not match'),
    '409': error('The person has no passphrase yet'),
    '429': error('Too many wrong attempts: wait'),
    '400': commonErrors['400'],
  },
  async handle({ api, request, response, body }) {
    const signedIn = await api.access.sessions.signIn({
      personId: body.personId,
      passphrase: body.passphrase,
      ...(body.sharedScreen ? { sharedScreen: true } : {}),
      address: clientAddress(request),
    });
    sendJson(response, 201, { token: signedIn.token, ...sessionView(signedIn.session, api) });
  },
});

const current = defineRoute({
  method: 'GET',
  path: '/api/v1/sessions/current',
  summary: 'Who is signed in with this session token',
  responses: { '200': { description: 'The session', ...json(sessionSchema) }, ...commonErrors },
  async handle({ api, request, response }) {
    sendJson(response, 200, sessionView(currentSession(request), api));
  },
});

const confirm = defineRoute({
  method: 'POST',
  path: '/api/v1/sessions/current/confirm',
  summary: 'Step-up or unlock: enter your PIN or passphrase again',
  // Authenticates itself: a locked session must still reach it to unlock.
  public: true,
  body: confirmBody,
  responses: {
    '200': { description: 'Confirmed', ...json(sessionSchema) },
    '401': error('Wrong PIN or passphrase, or not signed in'),
    '429': error('Too many wrong attempts: wait'),
    '400': commonErrors['400'],
  },
  async handle({ api, request, response, body }) {
    const token = bearerToken(request);
    if (!token) throw new HttpError(401, 'unauthenticated', 'Send your session token');
    const session = await api.access.sessions.authenticate(token, { ignoreLock: true });
    await api.access.sessions.confirm(session, body, clientAddress(request));
    sendJson(response, 200, sessionView(session, api));
  },
});

function signOutRoute(path: string) {
  return defineRoute({
    method: 'DELETE',
    path,
    summary: path.endsWith('current')
      ? 'Sign out: end this session (every node refuses it once sync brings the change)'
      : 'End a session: your own, or anyone’s as an administrator (step-up)',
    responses: {
      '204': { description: 'Ended' },
      '403': error('Not yours to end'),
      ...commonErrors,
    },
    async handle({ api, request, response, params }) {
      const principal = principalOf(request);
      const own = principal?.kind === 'session' && params.id === principal.session.id;
      if (params.id === undefined || own) {
        await api.access.sessions.signOut(currentSession(request));
      } else if (principal?.kind === 'session') {
        await api.execute('endSession', { sessionId: params.id }, principal.actor);
      } else throw new HttpError(403, 'forbidden', 'Only a signed-in person may end a session');
      response.writeHead(204).end();
    },
  });
}

export const sessionRoutes = [
  signIn,
  current,
  confirm,
  signOutRoute('/api/v1/sessions/current'),
  signOutRoute('/api/v1/sessions/{id}'),
];
