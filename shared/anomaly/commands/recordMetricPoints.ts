import { z } from 'zod';
import { ingestAlerts } from '../../alerts/commands/ingestAlerts.ts';
import { seenIntegration } from '../../alerts/commands/ingestAlerts.ts';
import { defineCommand, type CommandReads, type DocumentWrite } from '../../commands/command.ts';
import { forbidden, notFound } from '../../commands/errors.ts';
import type { NormalisedAlert } from '../../schema/alert.ts';
import type { AlertIntegrationDoc } from '../../schema/alertIntegration.ts';
import { idField } from '../../schema/fields.ts';
import { streamNameField, type MetricStreamDoc } from '../../schema/metricStream.ts';
import { anomalyDedupKey, streamIdOf } from '../streamIdentity.ts';
import { foldScoredPoints, newStreamRecord, type ScoredPoint } from '../streamRecord.ts';

/** Points one request may carry (a tool pushing 1,000 streams sends them in one or a few batches). */
export const MAX_POINTS_PER_REQUEST = 5000;

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const recordMetricPointsInput = z.strictObject({
  integrationId: idField,
  points: z
    .array(
      z.strictObject({
        stream: streamNameField,
        at: z.number().int(),
        value: finite,
        score: z.number().min(0).max(1),
        expectedLow: finite.nullable(),
        expectedHigh: finite.nullable(),
      }),
    )
    .min(1)
    .max(MAX_POINTS_PER_REQUEST),
});

/** The metrics integration whose key the request carried; the actor must be it. */
async function requireMetricsIntegration(
  reads: CommandReads,
  integrationId: string,
  actor: { kind: string; id: string },
): Promise<AlertIntegrationDoc> {
  const integration = await reads.get('alertIntegrations', integrationId);
  if (!integration) throw notFound('integration', integrationId);
  if (actor.kind !== 'integration' || actor.id !== integration.id)
    throw forbidden(
      `Only "${integration.name}" itself, on its own key, may post its metric points`,
    );
  if (integration.status === 'revoked')
    throw forbidden(`The key of "${integration.name}" was revoked: create a new integration`);
  if (integration.source !== 'metrics')
    throw forbidden(`"${integration.name}" takes alerts, not metric points`);
  return integration;
}

function byStream(points: readonly ScoredPoint[]): Map<string, ScoredPoint[]> {
  const streams = new Map<string, ScoredPoint[]>();
  for (const point of points) {
    const list = streams.get(point.stream);
    if (list) list.push(point);
    else streams.set(point.stream, [point]);
  }
  return streams;
}

/** Each new anomaly names the alert it raised or repeated into. */
function linkAnomalies(
  records: Map<string, { record: MetricStreamDoc; added: number }>,
  alertWrites: readonly DocumentWrite[],
): void {
  const alertOf = new Map<string, string>();
  for (const write of alertWrites)
    if (write.kind === 'alerts') alertOf.set(write.document.dedupKey, write.document.id);
  for (const { record, added } of records.values()) {
    const alertId = alertOf.get(anomalyDedupKey(record.stream));
    if (!alertId || added === 0) continue;
    const firstNew = Math.max(0, record.anomalies.length - added);
    record.anomalies = record.anomalies.map((anomaly, i) =>
      i >= firstNew ? { ...anomaly, alertId } : anomaly,
    );
  }
}

/**
 * A batch of a metrics integration's points, already scored by the node's
 * detector (one per stream, node-local state): each stream's record takes its
 * points, and anomalies at or above the stream's alert score become alerts
 * through `ingestAlerts`' own plan, in the same transaction, so dedup,
 * maintenance windows and triage apply to them as to any tool's alert.
 */
export const recordMetricPoints = defineCommand({
  name: 'recordMetricPoints',
  summary: 'Take metric points a monitoring tool pushed; anomalies become alerts',
  input: recordMetricPointsInput,
  permission: 'person',
  async plan(reads, input, context) {
    const integration = await requireMetricsIntegration(reads, input.integrationId, context.actor);
    const now = context.now.toISOString();
    const folded = new Map<string, { record: MetricStreamDoc; added: number }>();
    const events: NormalisedAlert[] = [];
    for (const [stream, points] of byStream(input.points)) {
      const id = streamIdOf(integration.id, stream);
      const stored =
        (await reads.get('metricStreams', id)) ?? newStreamRecord(id, integration.id, stream, now);
      const { record, events: raised } = foldScoredPoints(stored, points);
      record.hlc = context.nextHlc();
      const added = raised.filter((event) => event.status === 'firing').length;
      folded.set(id, { record, added });
      events.push(...raised);
    }
    let alertWrites: DocumentWrite[] = seenIntegration(integration, context.now, context.nextHlc);
    let opened = 0;
    if (events.length > 0) {
      // The alert path writes the integration's last-seen time itself.
      const outcome = await ingestAlerts.plan(
        reads,
        { integrationId: integration.id, alerts: events },
        context,
      );
      alertWrites = outcome.writes;
      opened = outcome.result.opened;
    }
    linkAnomalies(folded, alertWrites);
    const streamWrites: DocumentWrite[] = [...folded.values()].map(({ record }) => ({
      kind: 'metricStreams',
      document: record,
    }));
    return {
      writes: [...streamWrites, ...alertWrites],
      result: {
        accepted: input.points.length,
        streams: folded.size,
        anomalies: events.filter((event) => event.status === 'firing').length,
        alertsOpened: opened,
      },
    };
  },
});
