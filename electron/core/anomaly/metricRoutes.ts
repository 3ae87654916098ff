import { z } from 'zod';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { idField } from '../../../shared/schema/fields.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { sendJson } from '../http/jsonResponse.ts';
import { commonErrors, documentSchema, error, json, pathParam } from '../http/openApiParts.ts';
import { actorFromHeaders } from '../http/requestActor.ts';
import { defineRoute } from '../http/routeDefinition.ts';
import { setStreamAlertScoreInput } from '../../../shared/anomaly/commands/setStreamAlertScore.ts';
import { metricStreamShape } from '../../../shared/schema/metricStream.ts';
import { metricBatchShape } from './metricBatch.ts';
import { takeMetricRequest } from './metricsIntake.ts';

const postMetrics = defineRoute({
  method: 'POST',
  path: '/api/v1/metrics/{key}',
  summary:
    'A monitoring tool pushes metric points; each stream has an anomaly detector on the node, and anomalies become alerts. Authenticated by the metrics integration key in the path only',
  public: true,
  parameters: [pathParam('key')],
  documentedBody: { schema: z.toJSONSchema(metricBatchShape, { io: 'input' }), required: true },
  responses: {
    '200': {
      description:
        'Recorded: points accepted, skipped (at or before the stream’s newest point: a retry), streams, anomalies, alerts opened',
    },
    '400': error('The batch could not be read: the field and the reason; nothing was recorded'),
    '401': error('Unknown integration key'),
    '403': error('The integration was revoked, or is not a metrics integration'),
    '413': error('Body over 1 MiB'),
    '415': error('Not JSON'),
    '503': error('The node is starting or stopping'),
  },
  async handle({ api, request, response, params }) {
    sendJson(response, 200, await takeMetricRequest(api, request, params.key ?? ''));
  },
});

const streamQuery = z.strictObject({ integrationId: idField.optional() });

const listStreams = defineRoute({
  method: 'GET',
  path: '/api/v1/metrics/streams',
  summary: 'Metric streams with their recent points, expected range, anomalies and alert score',
  parameters: [{ name: 'integrationId', in: 'query', required: false, schema: { type: 'string' } }],
  responses: {
    '200': {
      description: 'Streams, newest point first',
      ...json({ type: 'array', items: documentSchema(metricStreamShape) }),
    },
    ...commonErrors,
  },
  async handle({ api, response, url }) {
    const query = parseOrInvalid(streamQuery, Object.fromEntries(url.searchParams));
    const streams = await kindStore(api.database).find('metricStreams', { selector: query });
    streams.sort((a, b) => b.lastPointAt.localeCompare(a.lastPointAt));
    sendJson(response, 200, streams);
  },
});

const setAlertScore = defineRoute({
  method: 'POST',
  path: '/api/v1/metrics/streams/{id}/alert-score',
  summary: 'Set the anomaly score at which a stream alerts (its sensitivity), with a reason',
  parameters: [pathParam('id')],
  body: setStreamAlertScoreInput.omit({ streamId: true }),
  responses: {
    '200': { description: 'The stream and its new alert score' },
    ...commonErrors,
    '404': error('No such stream'),
  },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, streamId: params.id };
    sendJson(
      response,
      200,
      await api.execute('setStreamAlertScore', input, actorFromHeaders(request)),
    );
  },
});

/** Metric streams over HTTP: the tools' push URL (their key) and the streams for people. */
export const metricRoutes = [postMetrics, listStreams, setAlertScore];
