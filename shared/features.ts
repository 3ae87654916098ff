import { accessKinds } from './access/kinds.ts';
import { alertKinds } from './alerts/kinds.ts';
import { anomalyKinds } from './anomaly/kinds.ts';
import { anomalyFeature } from './anomaly/feature.ts';
import { complianceKinds } from './compliance/kinds.ts';
import { complianceFeature } from './compliance/feature.ts';
import { communicationKinds } from './communications/kinds.ts';
import { escalationKinds } from './escalation/kinds.ts';
import { exerciseKinds } from './exercises/kinds.ts';
import { handoffKinds } from './handoffs/kinds.ts';
import { pagingKinds } from './paging/kinds.ts';
import { incidentKinds } from './incidents/kinds.ts';
import { reviewKinds } from './reviews/kinds.ts';
import { workspaceKinds } from './workspace/kinds.ts';
import { accessFeature } from './access/feature.ts';
import { alertsFeature } from './alerts/feature.ts';
import { communicationsFeature } from './communications/feature.ts';
import { escalationFeature } from './escalation/feature.ts';
import { exercisesFeature } from './exercises/feature.ts';
import { handoffsFeature } from './handoffs/feature.ts';
import { improvementFeature } from './improvement/feature.ts';
import { improvementKinds } from './improvement/kinds.ts';
import { incidentsFeature } from './incidents/feature.ts';
import { onCallFeature } from './oncall/feature.ts';
import { schedulingFeature } from './scheduling/feature.ts';
import { schedulingKinds } from './scheduling/kinds.ts';
import { pagingFeature } from './paging/feature.ts';
import { reviewsFeature } from './reviews/feature.ts';
import { ownershipFeature } from './ownership/feature.ts';
import { ownershipKinds } from './ownership/kinds.ts';
import { workspaceFeature } from './workspace/feature.ts';

/**
 * Every feature's shared part, in one list: the command registry (and so
 * the executor, the IPC contract, the HTTP API and the renderer's
 * `sendCommand`) is assembled from it. A new feature adds one line here.
 */
export const sharedFeatures = [
  workspaceFeature,
  incidentsFeature,
  onCallFeature,
  escalationFeature,
  communicationsFeature,
  pagingFeature,
  handoffsFeature,
  exercisesFeature,
  accessFeature,
  schedulingFeature,
  alertsFeature,
  improvementFeature,
  reviewsFeature,
  ownershipFeature,
  anomalyFeature,
  complianceFeature,
] as const;

export type SharedFeatureName = (typeof sharedFeatures)[number]['name'];

/**
 * Every feature's kinds of record (`<feature>/kinds.ts`), next to its line
 * above: the store's registry of kinds is assembled from this list. Kept
 * apart from `sharedFeatures` because commands' types are built from the
 * kinds' document types.
 */
export const featureKinds = [
  workspaceKinds,
  incidentKinds,
  escalationKinds,
  communicationKinds,
  pagingKinds,
  handoffKinds,
  exerciseKinds,
  accessKinds,
  schedulingKinds,
  alertKinds,
  improvementKinds,
  reviewKinds,
  ownershipKinds,
  anomalyKinds,
  complianceKinds,
] as const;
