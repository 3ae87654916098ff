import { layerShiftAt } from './layerShifts.ts';
import { isWithinRestrictions } from './restrictions.ts';
import type { OnCallRotation, RotationOverride } from './rotationSchema.ts';

/** Who is on call and why: an override, or a layer's regular turn. */
export type OnCallAssignment =
  | { personId: string; source: 'override'; overrideId: string }
  | { personId: string; source: 'layer'; layerId: string; shiftIndex: number };

/** The override covering `instant`; the one listed last wins where overrides overlap. */
export function overrideAt(
  overrides: readonly RotationOverride[],
  instant: number,
): RotationOverride | undefined {
  return overrides.findLast((o) => Date.parse(o.start) <= instant && instant < Date.parse(o.end));
}

/** The on-call assignment at an instant given in milliseconds. */
export function assignmentAt(rotation: OnCallRotation, instant: number): OnCallAssignment | null {
  const override = overrideAt(rotation.overrides, instant);
  if (override) return { personId: override.personId, source: 'override', overrideId: override.id };
  for (const layer of [...rotation.layers].reverse()) {
    if (!isWithinRestrictions(layer.restrictions, rotation.timeZone, instant)) continue;
    const shift = layerShiftAt(layer, rotation.timeZone, instant);
    if (shift)
      return {
        personId: shift.personId,
        source: 'layer',
        layerId: layer.id,
        shiftIndex: shift.index,
      };
  }
  return null;
}

/** Who is on call at `at`: overrides first, then the highest layer that covers the moment; null when nobody is. */
export function whoIsOnCall(rotation: OnCallRotation, at: Date): OnCallAssignment | null {
  return assignmentAt(rotation, at.getTime());
}
