import { accessNodeFeature } from './access/feature.ts';
import { alertsNodeFeature } from './alerts/feature.ts';
import { anomalyNodeFeature } from './anomaly/feature.ts';
import { complianceNodeFeature } from './compliance/feature.ts';
import { communicationsNodeFeature } from './communications/feature.ts';
import { escalationNodeFeature } from './escalation/feature.ts';
import { exercisesNodeFeature } from './exercises/feature.ts';
import type { NodeFeature } from './features/nodeFeature.ts';
import { handoffsNodeFeature } from './handoffs/feature.ts';
import { improvementNodeFeature } from './improvement/feature.ts';
import { incidentsNodeFeature } from './incidents/feature.ts';
import { onCallNodeFeature } from './oncall/feature.ts';
import { ownershipNodeFeature } from './ownership/feature.ts';
import { schedulingNodeFeature } from './scheduling/feature.ts';
import { pagingNodeFeature } from './paging/feature.ts';
import { reviewsNodeFeature } from './reviews/feature.ts';
import { syncNodeFeature } from './sync/feature.ts';

/**
 * Every feature's part in the node: the HTTP API (routes and the OpenAPI
 * document), the reactions and the timed jobs are assembled from this
 * list. A new feature adds one line here (and one in shared/features.ts
 * and renderer/src/app/features.ts when it has parts there).
 */
export const nodeFeatures: readonly NodeFeature[] = [
  incidentsNodeFeature,
  escalationNodeFeature,
  onCallNodeFeature,
  syncNodeFeature,
  communicationsNodeFeature,
  pagingNodeFeature,
  exercisesNodeFeature,
  handoffsNodeFeature,
  accessNodeFeature,
  schedulingNodeFeature,
  alertsNodeFeature,
  improvementNodeFeature,
  reviewsNodeFeature,
  ownershipNodeFeature,
  anomalyNodeFeature,
  complianceNodeFeature,
];
