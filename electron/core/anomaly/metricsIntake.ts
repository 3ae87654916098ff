import type { IncomingMessage } from 'node:http';
import { metricsIntakeActor } from '../../../shared/anomaly/metricsActor.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { integrationOfKey } from '../alerts/alertIntake.ts';
import type { ApiContext } from '../http/apiContext.ts';
import { HttpError } from '../http/httpErrors.ts';
import { readJsonBody } from '../http/requestBody.ts';
import { parseMetricBatch } from './metricBatch.ts';
import type { StreamDetectors } from './streamDetectors.ts';

/** The running node's detectors, per database (set by the feature's start, cleared at stop). */
const runningDetectors = new WeakMap<LanternDatabase, StreamDetectors>();

export function registerStreamDetectors(database: LanternDatabase, detectors: StreamDetectors) {
  runningDetectors.set(database, detectors);
}

export function unregisterStreamDetectors(database: LanternDatabase): void {
  runningDetectors.delete(database);
}

function detectorsOf(api: ApiContext): StreamDetectors {
  const detectors = runningDetectors.get(api.database);
  if (!detectors)
    throw new HttpError(
      503,
      'unavailable',
      'The node is starting or stopping: send the points again shortly',
    );
  return detectors;
}

/**
 * One POST of metric points: the key (401/403) first, then the body (400,
 * nothing kept), then the detectors score the points and one command records
 * them, raising alerts for anomalies. Until it commits nothing is acknowledged,
 * and a failed commit makes the detectors forget the batch.
 */
export async function takeMetricRequest(api: ApiContext, request: IncomingMessage, key: string) {
  const integration = await integrationOfKey(api, key);
  if (integration.source !== 'metrics')
    throw new HttpError(
      403,
      'forbidden',
      `"${integration.name}" is an alert integration: create a metrics integration for metric points`,
    );
  const points = parseMetricBatch(await readJsonBody(request), new Date());
  const detectors = detectorsOf(api);
  return detectors.serialise(integration.id, async () => {
    const { scored, skipped, streamIds } = await detectors.score(integration.id, points);
    if (scored.length === 0)
      return { accepted: 0, skipped, streams: 0, anomalies: 0, alertsOpened: 0 };
    let result;
    try {
      result = (await api.execute(
        'recordMetricPoints',
        { integrationId: integration.id, points: scored },
        metricsIntakeActor(integration.id),
      )) as Record<string, unknown>;
    } catch (error) {
      detectors.failed(streamIds);
      throw error;
    }
    detectors.committed(streamIds);
    return { ...result, skipped };
  });
}
