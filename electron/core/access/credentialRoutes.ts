import { z } from 'zod';
import { CommandError } from '../../../shared/commands/errors.ts';
import { sendJson } from '../http/jsonResponse.ts';
import { commonErrors, error, json, pathParam } from '../http/openApiParts.ts';
import { requestActor } from '../http/requestActor.ts';
import { defineRoute } from '../http/routeDefinition.ts';
import { OPERATOR_ACTOR } from './principal.ts';
import { credentialProblems, hashSecret } from './secretHashing.ts';

const credentialBody = z
  .object({ passphrase: z.string().max(1024), pin: z.string().max(16).optional() })
  .strict();

/** Hash what a person chose; refuse weak choices before anything is stored. */
export async function hashedCredentials(passphrase: string, pin?: string) {
  const problems = credentialProblems(passphrase, pin);
  if (problems.length > 0)
    throw new CommandError(
      'invalid-input',
      `Invalid input — ${problems[0]?.field}: ${problems[0]?.reason}`,
      problems,
    );
  return {
    passphrase: await hashSecret(passphrase),
    ...(pin !== undefined ? { pin: await hashSecret(pin) } : {}),
  };
}

const setCredentials = defineRoute({
  method: 'PUT',
  path: '/api/v1/people/{id}/credentials',
  summary:
    'Set a person’s passphrase (and PIN): themselves or an administrator, or the operator for an administrator who has none',
  parameters: [pathParam('id')],
  body: credentialBody,
  responses: {
    '200': { description: 'Set', ...json({ type: 'object' }) },
    '403': error('Not allowed'),
    '404': error('No such person'),
    ...commonErrors,
  },
  async handle({ api, request, response, params, body }) {
    const actor = requestActor(request);
    const hashed = await hashedCredentials(body.passphrase, body.pin);
    const result = await api.execute('setCredentials', { personId: params.id, ...hashed }, actor);
    sendJson(response, 200, { result });
  },
});

const firstRunBody = z
  .object({
    workspaceName: z.string().max(200),
    displayName: z.string().max(200),
    email: z.string().max(320).optional(),
    jobTitle: z.string().max(200).optional(),
    passphrase: z.string().max(1024),
    pin: z.string().max(16).optional(),
  })
  .strict();

const createWorkspace = defineRoute({
  method: 'POST',
  path: '/api/v1/workspace',
  summary: 'First run: create the workspace and its first administrator, with their passphrase',
  body: firstRunBody,
  responses: {
    '201': { description: 'Created', ...json({ type: 'object' }) },
    '409': error('This node already has a workspace'),
    ...commonErrors,
  },
  async handle({ api, response, body }) {
    const { passphrase, pin, ...profile } = body;
    const hashed = await hashedCredentials(passphrase, pin);
    const created = (await api.execute('createWorkspace', profile, OPERATOR_ACTOR)) as {
      person: { id: string };
    };
    await api.execute('setCredentials', { personId: created.person.id, ...hashed }, OPERATOR_ACTOR);
    sendJson(response, 201, { result: created });
  },
});

export const credentialRoutes = [setCredentials, createWorkspace];
