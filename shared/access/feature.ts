import { defineSharedFeature } from '../feature.ts';
import { createAccessToken, revokeAccessToken } from './accessTokenCommands.ts';
import { endSession } from './endSession.ts';
import { openSession } from './openSession.ts';
import { deactivatePerson, reactivatePerson, setWorkspaceRole } from './peopleCommands.ts';
import { setCredentials } from './setCredentials.ts';

/** Sign-in: credentials, sessions, integration and wall tokens (docs/access.md). */
export const accessFeature = defineSharedFeature({
  name: 'access',
  commands: {
    setCredentials,
    openSession,
    endSession,
    createAccessToken,
    revokeAccessToken,
    setWorkspaceRole,
    deactivatePerson,
    reactivatePerson,
  },
});
