import { communicationsFeature } from './communications/feature.ts';
import { escalationFeature } from './escalation/feature.ts';
import { exercisesFeature } from './exercises/feature.ts';
import { handoffsFeature } from './handoffs/feature.ts';
import { incidentsFeature } from './incidents/feature.ts';
import { onCallFeature } from './oncall/feature.ts';
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
  handoffsFeature,
  exercisesFeature,
] as const;

export type SharedFeatureName = (typeof sharedFeatures)[number]['name'];
