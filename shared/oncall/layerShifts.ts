import type { RotationLayer } from './rotationSchema.ts';
import { fromWallClock, toWallClock, wallClockOf } from './zonedTime.ts';

const HOUR = 3_600_000;

/** One turn of one layer, before restrictions and overrides. */
export interface LayerShift {
  index: number;
  personId: string;
  start: number;
  end: number;
}

/** The instant turn `index` begins: start + index × shiftHours on the wall clock, so handoffs keep their local time. */
export function layerBoundary(layer: RotationLayer, timeZone: string, index: number): number {
  const first = wallClockOf(layer.startsOn, layer.handoffTime);
  return fromWallClock(first + index * layer.shiftHours * HOUR, timeZone);
}

/** Index of the turn containing `instant`; negative before the layer starts. */
export function shiftIndexAt(layer: RotationLayer, timeZone: string, instant: number): number {
  const first = wallClockOf(layer.startsOn, layer.handoffTime);
  let index = Math.floor((toWallClock(instant, timeZone) - first) / (layer.shiftHours * HOUR));
  while (layerBoundary(layer, timeZone, index) > instant) index -= 1;
  while (layerBoundary(layer, timeZone, index + 1) <= instant) index += 1;
  return index;
}

export function layerShift(layer: RotationLayer, timeZone: string, index: number): LayerShift {
  const count = layer.participantIds.length;
  return {
    index,
    personId: layer.participantIds[((index % count) + count) % count] ?? '',
    start: layerBoundary(layer, timeZone, index),
    end: layerBoundary(layer, timeZone, index + 1),
  };
}

/** The layer's turn at `instant`, or undefined before its first handoff. */
export function layerShiftAt(
  layer: RotationLayer,
  timeZone: string,
  instant: number,
): LayerShift | undefined {
  const index = shiftIndexAt(layer, timeZone, instant);
  return index < 0 ? undefined : layerShift(layer, timeZone, index);
}

/** Every turn boundary strictly inside (from, to). */
export function layerBoundariesBetween(
  layer: RotationLayer,
  timeZone: string,
  from: number,
  to: number,
): number[] {
  const boundaries: number[] = [];
  const last = shiftIndexAt(layer, timeZone, to);
  for (let index = Math.max(0, shiftIndexAt(layer, timeZone, from) + 1); index <= last; index++) {
    const boundary = layerBoundary(layer, timeZone, index);
    if (boundary > from && boundary < to) boundaries.push(boundary);
  }
  return boundaries;
}
