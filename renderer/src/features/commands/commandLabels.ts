import { commands, type CommandName } from '../../../../shared/commands/registry.ts';

/** Toast titles when a command fails: what the person was trying to do. */
const FAILURE_TITLES: Partial<Record<CommandName, string>> = {
  createWorkspace: 'Could not create the workspace',
  registerPerson: 'Could not create the profile',
  importOrganisation: 'Could not import the organisation',
  declareIncident: 'Could not declare the incident',
  addTimelineEntry: 'Could not add the timeline entry',
};

/** A short title for commands the console words itself, the command's own summary otherwise. */
export function commandFailureTitle(name: CommandName): string {
  return FAILURE_TITLES[name] ?? `Could not complete: ${commands[name].summary}`;
}
