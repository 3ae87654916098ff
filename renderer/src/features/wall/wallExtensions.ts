import type { ComponentType } from 'react';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';

/**
 * Extra blocks for the wall's detail area, each given the incident shown.
 * A feature adds its block here (the alert-rate panel is meant to be the
 * first); the detail area lays them out after its own charts.
 */
export interface WallDetailExtension {
  id: string;
  Block: ComponentType<{ incident: IncidentDoc; now: number }>;
}

export const wallDetailExtensions: readonly WallDetailExtension[] = [];
