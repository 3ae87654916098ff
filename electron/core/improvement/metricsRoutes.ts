import { z } from 'zod';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { SEVERITIES } from '../../../shared/domain/severity.ts';
import { groupRowsCsv } from '../../../shared/improvement/metricsCsv.ts';
import { kpiStatus } from '../../../shared/improvement/kpiStatus.ts';
import { loadMetricsRecords } from '../../../shared/improvement/metricsRecords.ts';
import { recentMonths } from '../../../shared/improvement/monthBounds.ts';
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

const kpiQuery = z.strictObject({
  zone: metricsQuery.shape.zone,
  months: z.coerce.number().int().min(1).max(36).default(6),
  /** The moment whose month is judged last (default now): reports for a past month. */
  at: z.iso.datetime({ offset: true, error: 'at must be an ISO date and time' }).optional(),
  recurrenceDays: metricsQuery.shape.recurrenceDays,
});

const getKpis = defineRoute({
  method: 'GET',
  path: '/api/v1/kpis',
  summary:
    'Active KPIs with their objective and target, each month judged met or missed (months in zone), and the incidents behind a miss this month',
  parameters: ['zone', 'months', 'recurrenceDays', 'at'].map((name) => ({
    name,
    in: 'query',
    required: false,
    schema: { type: name === 'zone' || name === 'at' ? 'string' : 'integer' },
  })),
  responses: { '200': { description: 'KPI statuses' }, ...commonErrors },
  async handle({ api, response, url }) {
    const query = parseOrInvalid(kpiQuery, Object.fromEntries(url.searchParams));
    const store = kindStore(api.database);
    const [records, kpis] = await Promise.all([
      loadMetricsRecords(store),
      store.find('kpis', { selector: { status: 'active' } }),
    ]);
    const base = { ...records, zone: query.zone, recurrenceWindowDays: query.recurrenceDays };
    const at = query.at ? Date.parse(query.at) : Date.now();
    const months = recentMonths(query.months, at, query.zone);
    sendJson(
      response,
      200,
      kpis.map((kpi) => {
        const status = kpiStatus(kpi, base, months);
        return {
          kpi,
          zone: query.zone,
          months: status.months,
          behindMiss: status.behindMiss.map((m) => ({
            id: m.incident.id,
            reference: m.incident.reference,
            minutes: m.minutes,
          })),
        };
      }),
    );
  },
});

export const metricsRoutes = [getMetrics, getKpis];
