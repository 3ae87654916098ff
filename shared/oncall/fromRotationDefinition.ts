import { parseRotation } from './parseRotation.ts';
import type { OnCallRotation } from './rotationSchema.ts';
import { toWallClock } from './zonedTime.ts';

/** A single-layer rotation as the organisation file and the stored rotation units describe it. */
export interface RotationDefinition {
  id: string;
  name: string;
  timeZone: string;
  /** Local HH:mm. */
  handoffTime: string;
  shiftHours: number;
  /** The first handoff, as an ISO instant. */
  startsOn: string;
  participantIds: readonly string[];
  overrides?: readonly {
    id: string;
    personId: string;
    start: string;
    end: string;
    reason?: string;
  }[];
}

/** A stored single-layer rotation as a schedulable rotation. */
export function rotationFromDefinition(definition: RotationDefinition): OnCallRotation {
  const startsOn = new Date(toWallClock(Date.parse(definition.startsOn), definition.timeZone))
    .toISOString()
    .slice(0, 10);
  return parseRotation({
    id: definition.id,
    name: definition.name,
    timeZone: definition.timeZone,
    layers: [
      {
        id: `${definition.id}-primary`,
        name: definition.name,
        participantIds: [...definition.participantIds],
        shiftHours: definition.shiftHours,
        startsOn,
        handoffTime: definition.handoffTime,
      },
    ],
    overrides: (definition.overrides ?? []).map((override) => ({ ...override })),
  });
}
