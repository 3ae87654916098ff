import { adoptFramework } from '../commands/adoptFramework.ts';
import { grantAdministrator, revokeAdministrator } from '../commands/changeAdministrators.ts';
import { createWorkspace } from '../commands/createWorkspace.ts';
import { importOrganisation } from '../commands/importOrganisation.ts';
import { registerPerson } from '../commands/registerPerson.ts';
import { setAvailability } from '../commands/setAvailability.ts';
import { setPersonalTimeDisplay, setWorkspaceTimeDisplay } from '../commands/setTimeDisplay.ts';
import { defineSharedFeature } from '../feature.ts';

/** The workspace: people, the organisation (teams, services, rotations), frameworks, administrators. */
export const workspaceFeature = defineSharedFeature({
  name: 'workspace',
  commands: {
    createWorkspace,
    registerPerson,
    importOrganisation,
    adoptFramework,
    setAvailability,
    grantAdministrator,
    revokeAdministrator,
    setWorkspaceTimeDisplay,
    setPersonalTimeDisplay,
  },
});
