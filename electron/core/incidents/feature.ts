import type { NodeFeature } from '../features/nodeFeature.ts';
import { incidentCommandRoutes } from '../http/incidentCommandRoutes.ts';
import { incidentRoutes } from '../http/incidentRoutes.ts';

/** Incidents over HTTP: declare, list, the timeline, and incident command (roles, decisions…). */
export const incidentsNodeFeature: NodeFeature = {
  name: 'incidents',
  routes: [...incidentRoutes, ...incidentCommandRoutes],
};
