import {
  fillWithDefaultSettings,
  normalizeMangoQuery,
  prepareQuery,
  type MangoQuery,
  type RxJsonSchema,
} from 'rxdb';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { recordsQuery } from './kindQuery.ts';
import { lanternKinds, type KindName } from './kinds.ts';
import { collectionOfKind, collectionSchema, storedInRecords } from './layout.ts';

/**
 * The queries each kind runs often (screens, schedulers, commands) and the
 * fields an index must serve. RxDB's planner must pick an index that starts
 * with those fields, or the query reads every document of the collection.
 */
const frequentQueries: [KindName, Record<string, unknown>, string[]][] = [
  ['incidents', { status: { $in: ['declared', 'investigating'] } }, ['status']],
  ['timeline', { incidentId: 'inc-1' }, ['incidentId']],
  ['audit', { nodeId: 'node-a', seq: { $gte: 1 } }, ['nodeId', 'seq']],
  ['communicationLog', { incidentId: 'inc-1' }, ['incidentId']],
  ['people', {}, ['kind']],
  ['workspaces', {}, ['kind']],
  ['organisation', { kind: 'rotation' }, ['kind', 'category']],
  ['frameworks', { kind: 'playbook' }, ['kind', 'category']],
  ['decisions', { incidentId: 'inc-1' }, ['kind', 'scope']],
  ['escalations', { incidentId: 'inc-1' }, ['kind', 'scope']],
  ['escalations', { status: 'active', nextDueAt: { $gt: '' } }, ['kind', 'status', 'dueAt']],
  ['communications', { incidentId: 'inc-1', kind: 'cadence' }, ['kind', 'scope', 'category']],
  ['communications', { incidentId: 'inc-1', kind: 'page' }, ['kind', 'scope', 'category']],
  ['pagingProfiles', {}, ['kind']],
  ['exercises', { incidentId: 'inc-1' }, ['kind', 'scope']],
  ['handoffs', { incidentId: 'inc-1' }, ['kind', 'scope']],
  ['schedulerLeases', {}, ['kind']],
  ['alerts', { lastSeenAt: { $gt: '' } }, ['lastSeenAt']],
  ['alerts', { integrationId: 'int-1', dedupKey: 'k' }, ['integrationId', 'dedupKey']],
  ['alerts', { status: 'firing', lastSeenAt: { $gt: '' } }, ['status', 'lastSeenAt']],
  ['alertIntegrations', { keyHash: 'ab12' }, ['kind', 'scope']],
  ['alertDeadLetters', { integrationId: 'int-1' }, ['kind', 'scope']],
  // The stream view and GET /api/v1/metrics/streams: every stream, or an integration's.
  ['metricStreams', { integrationId: 'int-1' }, ['kind', 'scope']],
  ['metricStreams', {}, ['kind']],
  ['triageCandidates', { status: 'open', openedAt: { $gt: '' } }, ['kind', 'status', 'dueAt']],
  ['maintenanceWindows', { status: 'scheduled', endsAt: { $gt: '' } }, ['kind', 'status', 'dueAt']],
  // Sign-in reads a credential and a session by id; deactivating a person ends their sessions.
  ['credentials', {}, ['kind']],
  ['sessions', { personId: 'person-1' }, ['kind', 'scope']],
  // Administrators list tokens; the node finds its own wall token among them at start.
  ['accessTokens', {}, ['kind']],
  // The metrics screen and wall panel list the active KPIs.
  ['kpis', { status: 'active' }, ['kind', 'status']],
  // An incident's review; a review's action items and exports; the tracker's open items by due date.
  ['reviews', { incidentId: 'inc-1' }, ['kind', 'scope']],
  ['actionItems', { reviewId: 'rv-inc-1' }, ['kind', 'scope']],
  ['actionItems', { status: 'open', dueAt: { $gt: '' } }, ['kind', 'status', 'dueAt']],
  ['reviewExports', { reviewId: 'rv-inc-1' }, ['kind', 'scope']],
  // The catalogue lists every service; routing finds a team's services; imports wait for review.
  ['catalogServices', {}, ['kind']],
  ['catalogServices', { ownerTeamId: 'payments' }, ['kind', 'scope']],
  ['catalogImports', { status: 'staged', createdAt: { $gt: '' } }, ['kind', 'status', 'dueAt']],
  // An incident's vendors; the console's engaged vendors (their SLA clocks); a vendor's history.
  ['vendors', {}, ['kind']],
  ['vendorEngagements', { incidentId: 'inc-1' }, ['kind', 'scope']],
  ['vendorEngagements', { status: 'engaged' }, ['kind', 'status']],
  ['vendorEngagements', { vendorId: 'vendor-1' }, ['kind', 'category']],
  ['vendorAccessGrants', { incidentId: 'inc-1' }, ['kind', 'scope']],
  // An incident's regulatory filings (its obligations' states).
  ['obligationFilings', { incidentId: 'inc-1' }, ['kind', 'scope']],
  ['incidentAwareness', { incidentId: 'inc-1' }, ['kind', 'scope']],
];

function plannedIndex(kind: KindName, selector: Record<string, unknown>): string[] {
  const collection = collectionOfKind(kind);
  const schema = fillWithDefaultSettings(collectionSchema(collection) as RxJsonSchema<never>);
  const query = storedInRecords(kind)
    ? recordsQuery(lanternKinds[kind], { selector })
    : { selector };
  // RxQuery adds `_deleted: false` to every query before planning it.
  const live = { ...query, selector: { ...query.selector, _deleted: { $eq: false } } };
  const prepared = prepareQuery(schema, normalizeMangoQuery(schema, live as MangoQuery<never>));
  return prepared.queryPlan.index;
}

describe('every kind’s frequent queries use an index', () => {
  it.each(frequentQueries)('%s %j', (kind, selector, fields) => {
    const index = plannedIndex(kind, selector).filter((field) => field !== '_deleted');
    expect(index.slice(0, fields.length), `index chosen: ${index.join(', ')}`).toEqual(fields);
  });

  it('covers every kind', () => {
    const covered = new Set(frequentQueries.map(([kind]) => kind));
    expect(Object.keys(lanternKinds).filter((kind) => !covered.has(kind as KindName))).toEqual([]);
  });

  it('maps columns only to string fields every document of the kind has', () => {
    for (const [name, kind] of Object.entries(lanternKinds)) {
      if (kind.storage.collection !== 'records') continue;
      const json = z.toJSONSchema(kind.shape, { io: 'output', unrepresentable: 'any' });
      const properties = json.properties as Record<string, { type?: string }>;
      for (const field of Object.values(kind.storage.columns)) {
        expect(json.required, `${name}.${field} must be required`).toContain(field);
        expect(properties[field]?.type, `${name}.${field} must be a string`).toBe('string');
      }
    }
  });
});
