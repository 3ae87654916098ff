import { normalizeMangoQuery, prepareQuery } from 'rxdb';
import type { MangoQuery, PreparedQuery } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { replyText, SerializedResult } from '../../remote/serializedResult.ts';
import type { RxStorageInstanceSqlite } from './rxStorageInstanceSqlite.ts';
import { useStorageHarness } from './storageHarness.ts';
import { incidentDocument, incidentSchema } from './testSupport.ts';
import type { IncidentRecord } from './testSupport.ts';

const harness = useStorageHarness();
const schema = incidentSchema();
const prepared = (query: MangoQuery<IncidentRecord>) =>
  prepareQuery(schema, normalizeMangoQuery(schema, query)) as PreparedQuery<IncidentRecord>;

const QUERIES: [string, MangoQuery<IncidentRecord>][] = [
  ['an index range', { selector: { status: 'open' } }],
  [
    'a range, then a sort in JavaScript',
    { selector: { status: 'open' }, sort: [{ severity: 'desc' }] },
  ],
  ['a nested sort field', { selector: {}, sort: [{ 'team.size': 'asc' }, { title: 'asc' }] }],
  ['a filter in JavaScript, paged', { selector: { title: { $regex: '1' } }, skip: 1, limit: 4 }],
  ['a range with skip and limit', { selector: { severity: { $gt: 1 } }, skip: 2, limit: 5 }],
  ['everything', { selector: {} }],
];

describe('query results as JSON text', () => {
  it.each(QUERIES)('gives exactly what query() gives for %s', async (_shape, query) => {
    const instance =
      (await harness.openInstance()) as unknown as RxStorageInstanceSqlite<IncidentRecord>;
    await instance.bulkWrite(
      Array.from({ length: 40 }, (_, index) => ({
        document: incidentDocument({
          id: `inc-${index}`,
          title: `Incident ${index}`,
          severity: (index * 7) % 5,
          status: index % 3 ? 'open' : 'closed',
          team: { name: 'ops', size: index % 4 },
          _deleted: index === 5,
        } as never),
      })),
      'seed',
    );
    const plan = prepared(query);
    const expected = await instance.query(plan);
    expect(expected.documents.length).toBeGreaterThan(0);
    expect(JSON.parse(instance.queryJson(plan))).toEqual(expected);
  });

  it('splices the text into the reply as JSON.stringify would write the parsed value', () => {
    const value = { documents: [{ id: 'a', n: 1.5, tags: ['x'] }] };
    const reply = { connectionId: 'c', answerTo: 'r', method: 'query' };
    const text = replyText(reply, new SerializedResult(JSON.stringify(value)));
    expect(text).toBe(JSON.stringify({ ...reply, return: value }));
  });
});
