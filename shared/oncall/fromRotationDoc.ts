import type { RotationDoc } from '../schema/rotation.ts';
import { parseRotation } from './parseRotation.ts';
import type { OnCallRotation } from './rotationSchema.ts';
import { toWallClock } from './zonedTime.ts';

/** A stored single-layer rotation (the rotations collection) as a schedulable rotation. */
export function rotationFromDoc(doc: RotationDoc): OnCallRotation {
  const startsOn = new Date(toWallClock(Date.parse(doc.startsOn), doc.timeZone))
    .toISOString()
    .slice(0, 10);
  return parseRotation({
    id: doc.id,
    name: doc.name,
    timeZone: doc.timeZone,
    layers: [
      {
        id: `${doc.id}-primary`,
        name: doc.name,
        participantIds: doc.participantIds,
        shiftHours: doc.shiftHours,
        startsOn,
        handoffTime: doc.handoffTime,
      },
    ],
  });
}
