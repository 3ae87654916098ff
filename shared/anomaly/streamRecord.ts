import type { NormalisedAlert } from '../schema/alert.ts';
import {
  DEFAULT_ALERT_SCORE,
  RECENT_ANOMALIES,
  RECENT_POINTS,
  type MetricStreamDoc,
  type StreamSample,
} from '../schema/metricStream.ts';
import { anomalyDedupKey } from './streamIdentity.ts';

/** One point with what the node's detector made of it. */
export interface ScoredPoint {
  stream: string;
  /** The tool's time, epoch milliseconds. */
  at: number;
  value: number;
  score: number;
  expectedLow: number | null;
  expectedHigh: number | null;
}

/** Points in a row below the stream's alert score that resolve its open anomaly alert (5 minutes at 10 s). */
export const CALM_POINTS_TO_RESOLVE = 30;

export function newStreamRecord(
  id: string,
  integrationId: string,
  stream: string,
  now: string,
): MetricStreamDoc {
  return {
    id,
    hlc: '',
    integrationId,
    stream,
    alertScore: DEFAULT_ALERT_SCORE,
    createdAt: now,
    lastPointAt: now,
    pointCount: 0,
    recent: [],
    anomalies: [],
    alerting: false,
    calmPoints: 0,
  };
}

/** Numbers as people read them in an alert: four significant digits. */
export function readableNumber(value: number | null): string {
  if (value === null) return '?';
  return Number.parseFloat(value.toPrecision(4)).toString();
}

function anomalyEvent(stream: string, point: ScoredPoint): NormalisedAlert {
  const range = `${readableNumber(point.expectedLow)} to ${readableNumber(point.expectedHigh)}`;
  return {
    source: 'generic',
    dedupKey: anomalyDedupKey(stream),
    status: 'firing',
    severity: 'warning',
    summary: `Anomaly on ${stream}: ${readableNumber(point.value)}, expected ${range} (score ${point.score.toFixed(2)})`,
    component: stream,
    group: 'metrics',
    class: 'anomaly',
    labels: {
      stream,
      value: String(point.value),
      score: point.score.toFixed(3),
      expectedLow: point.expectedLow === null ? '' : String(point.expectedLow),
      expectedHigh: point.expectedHigh === null ? '' : String(point.expectedHigh),
    },
    startsAt: new Date(point.at).toISOString(),
    links: [],
    raw: point,
  };
}

function calmEvent(stream: string, point: ScoredPoint): NormalisedAlert {
  return {
    source: 'generic',
    dedupKey: anomalyDedupKey(stream),
    status: 'resolved',
    severity: 'warning',
    summary: `${stream} back in its expected range for ${CALM_POINTS_TO_RESOLVE} points`,
    component: stream,
    group: 'metrics',
    class: 'anomaly',
    labels: { stream },
    startsAt: new Date(point.at).toISOString(),
    endsAt: new Date(point.at).toISOString(),
    links: [],
    raw: point,
  };
}

/**
 * A stream's record after a batch of its scored points (in time order), and
 * the alert events they raise: a point at or above the stream's alert score
 * fires (or repeats into) its anomaly alert; `CALM_POINTS_TO_RESOLVE` calm
 * points in a row resolve it. Pure, so the command and its tests share it.
 */
export function foldScoredPoints(
  record: MetricStreamDoc,
  points: readonly ScoredPoint[],
): { record: MetricStreamDoc; events: NormalisedAlert[] } {
  const events: NormalisedAlert[] = [];
  const samples: StreamSample[] = [...record.recent];
  const anomalies = [...record.anomalies];
  let { alerting, calmPoints, pointCount } = record;
  for (const point of points) {
    samples.push([point.at, point.value, point.expectedLow, point.expectedHigh, point.score]);
    pointCount += 1;
    if (point.score >= record.alertScore) {
      anomalies.push({
        at: new Date(point.at).toISOString(),
        value: point.value,
        score: point.score,
        expectedLow: point.expectedLow,
        expectedHigh: point.expectedHigh,
      });
      events.push(anomalyEvent(record.stream, point));
      alerting = true;
      calmPoints = 0;
    } else if (alerting && ++calmPoints >= CALM_POINTS_TO_RESOLVE) {
      events.push(calmEvent(record.stream, point));
      alerting = false;
      calmPoints = 0;
    }
  }
  const last = points[points.length - 1];
  return {
    record: {
      ...record,
      lastPointAt: last ? new Date(last.at).toISOString() : record.lastPointAt,
      pointCount,
      recent: samples.slice(-RECENT_POINTS),
      anomalies: anomalies.slice(-RECENT_ANOMALIES),
      alerting,
      calmPoints,
    },
    events,
  };
}
