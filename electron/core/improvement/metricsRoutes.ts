import { z } from 'zod';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { SEVERITIES } from '../../../shared/domain/severity.ts';
import { groupRowsCsv } from '../../../shared/improvement/metricsCsv.ts';
import { loadMetricsRecords } from '../../../shared/improvement/metricsRecords.ts';
import { responseMetrics } from '../../../shared/improvement/responseMetrics.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { sendJson } from '../http/jsonResponse.ts';
import { commonErrors } from '../http/openApiParts.ts';
import { defineRoute } from '../http/routeDefinition.ts';

const list = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : undefined;

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const metricsQuery = z.strictObject({
  from: z.iso.datetime({ offset: true, error: 'from must be an ISO date and time' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'to must be an ISO date and time' }).optional(),
  severity: z
    .string()
    .max(100)
    .refine(
      (value) => (list(value) ?? []).every((s) => (SEVERITIES as readonly string[]).includes(s)),
      {
        error: `severity must be a comma-separated list of ${SEVERITIES.join(', ')}`,
      },
    )
    .optional(),
  service: z.string().max(2000).optional(),
  team: z.string().max(2000).optional(),
  zone: z
    .string()
    .max(64)
    .refine(isZone, { error: 'zone must be an IANA time zone such as UTC or Europe/Berlin' })
    .default('UTC'),
  recurrenceDays: z.coerce.number().int().min(1).max(365).default(30),
  format: z.enum(['json', 'csv']).default('json'),
});

const QUERY_NAMES = [
  'from',
  'to',
  'severity',
  'service',
  'team',
  'zone',
  'recurrenceDays',
  'format',
];

const getMetrics = defineRoute({
  method: 'GET',
  path: '/api/v1/metrics',
  summary:
    'Response metrics from the record (docs/metrics.md): time to detect, acknowledge, mitigate and resolve by severity, service, team, type, hours and month; exercises excluded. format=csv gives the monthly numbers',
  parameters: QUERY_NAMES.map((name) => ({
    name,
    in: 'query',
    required: false,
    schema: { type: name === 'recurrenceDays' ? 'integer' : 'string' },
  })),
  responses: {
    '200': { description: 'The metrics (JSON), or the monthly rows as CSV with their zone' },
    ...commonErrors,
  },
  async handle({ api, response, url }) {
    const query = parseOrInvalid(metricsQuery, Object.fromEntries(url.searchParams));
    const records = await loadMetricsRecords(kindStore(api.database));
    const severities = list(query.severity) as (typeof SEVERITIES)[number][] | undefined;
    const serviceIds = list(query.service);
    const teamIds = list(query.team);
    const metrics = responseMetrics({
      ...records,
      zone: query.zone,
      recurrenceWindowDays: query.recurrenceDays,
      filter: {
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
        ...(severities ? { severities } : {}),
        ...(serviceIds ? { serviceIds } : {}),
        ...(teamIds ? { teamIds } : {}),
      },
    });
    if (query.format === 'csv') {
      response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      response.end(groupRowsCsv('Month', metrics.monthly, metrics.zone));
      return;
    }
    sendJson(response, 200, metrics);
  },
});

export const metricsRoutes = [getMetrics];
