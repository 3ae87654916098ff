import type { z } from 'zod';
import { addTimelineEntry } from './addTimelineEntry.ts';
import { adoptFramework } from './adoptFramework.ts';
import { assignRole } from './assignRole.ts';
import { changeIncidentStatus } from './changeIncidentStatus.ts';
import { checkPlaybookItem } from './checkPlaybookItem.ts';
import { completePlaybookStep } from './completePlaybookStep.ts';
import { createWorkspace } from './createWorkspace.ts';
import { declareIncident } from './declareIncident.ts';
import { declareSubIncident } from './declareSubIncident.ts';
import { overrideOnCall } from './overrideOnCall.ts';
import { importOrganisation } from './importOrganisation.ts';
import { reclassifyIncident } from './reclassifyIncident.ts';
import { recordDecision } from './recordDecision.ts';
import { registerPerson } from './registerPerson.ts';
import { releaseRole } from './releaseRole.ts';
import { setAvailability } from './setAvailability.ts';
import { acknowledgePage } from './acknowledgePage.ts';
import { cancelEscalation } from './cancelEscalation.ts';
import { grantAdministrator, revokeAdministrator } from './changeAdministrators.ts';
import { removeOnCallOverride } from './removeOnCallOverride.ts';
import { setRotationLayers } from './setRotationLayers.ts';
import { advanceEscalation } from './advanceEscalation.ts';
import { startEscalation } from './startEscalation.ts';
import { transferCommand } from './transferCommand.ts';
import { draftCommunication } from './draftCommunication.ts';
import { editCommunication } from './editCommunication.ts';
import { requestCommunicationApproval } from './requestCommunicationApproval.ts';
import { reviewCommunication } from './reviewCommunication.ts';
import { overrideCommunicationApproval } from './overrideCommunicationApproval.ts';
import { sendCommunication } from './sendCommunication.ts';
import { recordDeliveryAttempt } from './recordDeliveryAttempt.ts';
import { recordDeliveryResult } from './recordDeliveryResult.ts';
import { setCommunicationCadence } from './setCommunicationCadence.ts';
import { applyCadencePolicy } from './applyCadencePolicy.ts';
import { noteCadenceDue } from './noteCadenceDue.ts';
import { resolveDelivery } from './resolveDelivery.ts';
// Tabletop exercises (issue 6)
import { startExercise } from './startExercise.ts';
import { controlExerciseClock } from './controlExerciseClock.ts';
import { releaseInject } from './releaseInject.ts';
import { skipInject } from './skipInject.ts';
import { addContingencyInject } from './addContingencyInject.ts';
import { joinExercise } from './joinExercise.ts';
import { rateObjective } from './rateObjective.ts';
import { addHotWashNote } from './addHotWashNote.ts';
import { addImprovementItem } from './addImprovementItem.ts';
import { updateImprovementItem } from './updateImprovementItem.ts';
import { saveScenarioInject } from './saveScenarioInject.ts';
import { removeScenarioInject } from './removeScenarioInject.ts';
import { acknowledgeHandoffBrief } from './acknowledgeHandoffBrief.ts';
import { draftHandoffBrief } from './draftHandoffBrief.ts';
import { remindHandoff } from './remindHandoff.ts';
import { saveHandoffBrief } from './saveHandoffBrief.ts';
import { submitHandoffBrief } from './submitHandoffBrief.ts';
import { withdrawHandoffBrief } from './withdrawHandoffBrief.ts';

/**
 * Every command, declared once. The executor, the IPC contract, the HTTP API
 * and the renderer's `sendCommand` all take their types from here.
 */
export const commands = {
  createWorkspace,
  registerPerson,
  importOrganisation,
  declareIncident,
  addTimelineEntry,
  adoptFramework,
  setAvailability,
  reclassifyIncident,
  assignRole,
  releaseRole,
  transferCommand,
  recordDecision,
  changeIncidentStatus,
  completePlaybookStep,
  checkPlaybookItem,
  declareSubIncident,
  overrideOnCall,
  removeOnCallOverride,
  setRotationLayers,
  startEscalation,
  advanceEscalation,
  acknowledgePage,
  draftCommunication,
  editCommunication,
  requestCommunicationApproval,
  reviewCommunication,
  overrideCommunicationApproval,
  sendCommunication,
  recordDeliveryAttempt,
  recordDeliveryResult,
  setCommunicationCadence,
  applyCadencePolicy,
  noteCadenceDue,
  resolveDelivery,
  draftHandoffBrief,
  saveHandoffBrief,
  submitHandoffBrief,
  acknowledgeHandoffBrief,
  withdrawHandoffBrief,
  remindHandoff,
  cancelEscalation,
  grantAdministrator,
  revokeAdministrator,
  startExercise,
  controlExerciseClock,
  releaseInject,
  skipInject,
  addContingencyInject,
  joinExercise,
  rateObjective,
  addHotWashNote,
  addImprovementItem,
  updateImprovementItem,
  saveScenarioInject,
  removeScenarioInject,
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
/** What a caller sends (defaults may be omitted). */
export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
export type CommandResult<K extends CommandName> = Awaited<
  ReturnType<Commands[K]['plan']>
>['result'];

export const COMMAND_NAMES = Object.keys(commands) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
