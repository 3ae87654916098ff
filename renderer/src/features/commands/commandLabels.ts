import type { CommandName } from '../../../../shared/commands/registry.ts';

/** Toast titles when a command fails: what the person was trying to do. */
export const COMMAND_FAILURE_TITLES: Record<CommandName, string> = {
  createWorkspace: 'Could not create the workspace',
  registerPerson: 'Could not create the profile',
  importOrganisation: 'Could not import the organisation',
  declareIncident: 'Could not declare the incident',
  addTimelineEntry: 'Could not add the timeline entry',
};
