import { layerBoundariesBetween, layerBoundary } from './layerShifts.ts';
import { restrictionEdgesBetween } from './restrictions.ts';
import type { OnCallRotation } from './rotationSchema.ts';

/**
 * Every instant strictly inside (from, to) where the person on call may
 * change: layer handoffs, restriction window edges, override edges. Between
 * two consecutive points the assignment is constant. Sorted, no duplicates.
 */
export function changePointsBetween(rotation: OnCallRotation, from: number, to: number): number[] {
  const points = new Set<number>();
  const add = (instant: number) => {
    if (instant > from && instant < to) points.add(instant);
  };
  for (const layer of rotation.layers) {
    // With one participant only the layer's start changes who is on call.
    if (layer.participantIds.length === 1) add(layerBoundary(layer, rotation.timeZone, 0));
    else layerBoundariesBetween(layer, rotation.timeZone, from, to).forEach(add);
    restrictionEdgesBetween(layer.restrictions, rotation.timeZone, from, to).forEach(add);
  }
  for (const override of rotation.overrides) {
    add(Date.parse(override.start));
    add(Date.parse(override.end));
  }
  return [...points].sort((a, b) => a - b);
}
