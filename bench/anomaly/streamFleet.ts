// The streams the metric-streams benchmark pushes: each a daily-ish wave with
// noise at its own level; a few ("spiked.*") jump far out of range once.

export interface StreamFleet {
  keys: string[];
  ids: string[];
  streams: number;
  /** Time of tick 0, epoch ms (in the past, so every point is accepted). */
  start: number;
  tickMs: number;
  /** The tick at which the spiked streams jump. */
  spikeTick: number;
  spiked: number;
}

/** Deterministic noise in [0, 1) from (stream, tick). */
function noise(stream: number, tick: number): number {
  let x = Math.imul(stream + 1, 0x9e3779b1) ^ Math.imul(tick + 1, 0x85ebca6b);
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  x ^= x >>> 12;
  return (x >>> 0) / 4294967296;
}

function streamName(fleet: StreamFleet, stream: number): string {
  return stream < fleet.spiked ? `spiked.${stream}` : `service-${stream % 50}.metric-${stream}`;
}

/** The batch integration `integration` posts at `tick`: one point for each of its streams. */
export function streamTick(fleet: StreamFleet, integration: number, tick: number) {
  const perIntegration = fleet.streams / fleet.keys.length;
  const points = [];
  for (let i = 0; i < perIntegration; i++) {
    const stream = i * fleet.keys.length + integration;
    const level = 50 + (stream % 17) * 10;
    const wave = 0.1 * level * Math.sin((2 * Math.PI * tick) / 360 + stream);
    const spike = stream < fleet.spiked && tick === fleet.spikeTick ? 3 * level : 0;
    points.push({
      stream: streamName(fleet, stream),
      timestamp: fleet.start + tick * fleet.tickMs,
      value: level + wave + 0.05 * level * noise(stream, tick) + spike,
    });
  }
  return { points };
}
