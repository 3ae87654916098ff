import { kindStore } from '../../../shared/store/kindStore.ts';
import { sendJson } from '../http/jsonResponse.ts';
import { commonErrors, json } from '../http/openApiParts.ts';
import { defineRoute } from '../http/routeDefinition.ts';

const directoryEntry = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    displayName: { type: 'string' },
    jobTitle: { type: 'string' },
    teamId: { type: 'string' },
    timeZone: { type: 'string' },
  },
  required: ['id', 'displayName'],
};

/**
 * The workspace's people as a directory: who is who, so a tool or a script
 * can name the person it signs in as or pages. Contact details stay out:
 * phone numbers and addresses are for the paging path, not for every reader.
 */
const listPeople = defineRoute({
  method: 'GET',
  path: '/api/v1/people',
  summary: 'The people of the workspace by name (no contact details)',
  responses: {
    '200': { description: 'People', ...json({ type: 'array', items: directoryEntry }) },
    ...commonErrors,
  },
  async handle({ api, response }) {
    const people = await kindStore(api.database).find('people');
    sendJson(
      response,
      200,
      people
        .map(({ id, displayName, jobTitle, teamId, timeZone }) => ({
          id,
          displayName,
          ...(jobTitle ? { jobTitle } : {}),
          ...(teamId ? { teamId } : {}),
          ...(timeZone ? { timeZone } : {}),
        }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    );
  },
});

export const peopleRoutes = [listPeople];
