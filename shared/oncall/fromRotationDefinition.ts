import { parseRotation } from './parseRotation.ts';
import type { OnCallRotation, RestrictionWindow } from './rotationSchema.ts';
import { RotationConfigError } from './errors.ts';
import { isValidTimeZone, toWallClock } from './zonedTime.ts';

/** A layer above the base one, as stored: restrictions keep their day names as strings. */
export interface UpperLayerDefinition {
  id: string;
  name: string;
  participantIds: readonly string[];
  shiftHours: number;
  /** Local date (yyyy-mm-dd) of the first handoff. */
  startsOn: string;
  handoffTime: string;
  restrictions: readonly { days: readonly string[]; start: string; end: string }[];
}

/**
 * A rotation as the organisation file and the stored rotation units describe
 * it: a base layer in the top-level fields, optional layers above it, overrides.
 */
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
  upperLayers?: readonly UpperLayerDefinition[];
  overrides?: readonly {
    id: string;
    personId: string;
    start: string;
    end: string;
    reason?: string;
  }[];
}

/** A stored rotation as a schedulable one; throws a RotationError when it does not parse. */
export function rotationFromDefinition(definition: RotationDefinition): OnCallRotation {
  if (!isValidTimeZone(definition.timeZone))
    throw new RotationConfigError(
      `Rotation is not valid — timeZone: "${definition.timeZone}" is not an IANA time zone, e.g. Europe/London`,
      [{ field: 'timeZone', reason: 'not an IANA time zone, e.g. Europe/London' }],
    );
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
      ...(definition.upperLayers ?? []).map((layer) => ({
        ...layer,
        participantIds: [...layer.participantIds],
        restrictions: layer.restrictions.map((window) => ({
          ...window,
          days: [...window.days] as RestrictionWindow['days'],
        })),
      })),
    ],
    overrides: (definition.overrides ?? []).map((override) => ({ ...override })),
  });
}
