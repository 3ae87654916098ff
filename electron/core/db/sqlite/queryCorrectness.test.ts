import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeMangoQuery, prepareQuery, randomToken } from 'rxdb';
import type {
  MangoQuery,
  MangoQuerySelector,
  RxDocumentData,
  RxStorage,
  RxStorageInstance,
} from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { getRxStorageSqlite } from './index.ts';
import {
  createIncidentInstance,
  incidentDocument,
  incidentSchema,
  temporaryDataDir,
} from './testSupport.ts';
import type { IncidentRecord } from './testSupport.ts';

/**
 * Every query runs against this storage and RxDB's memory storage (the
 * reference implementation); results, order and counts must be identical.
 */
type Instance = RxStorageInstance<IncidentRecord, unknown, unknown>;

const schema = incidentSchema();
const statuses = ['open', 'acknowledged', 'mitigated', 'resolved'];
const teams = ['ops', 'network', 'db', 'comms', 'zeta-team'];
const titles = [
  'Power loss',
  'power loss',
  'DNS outage',
  'Ölpumpe 🚨',
  'Zone B 🔥 fire',
  '',
  'a',
  'Αθήνα link',
  '\uffe0 wide',
];

function dataset(): RxDocumentData<IncidentRecord>[] {
  return Array.from({ length: 120 }, (_, i) => {
    const fields: IncidentRecord = {
      // Ids of different lengths: index keys pad them, which must not change the order.
      id: `inc-${(i * 37) % 120}${i % 7 === 0 ? '-long-suffix' : ''}`,
      title: titles[i % titles.length] ?? '',
      severity: (i * 7) % 6,
      status: statuses[i % statuses.length] ?? 'open',
      team: { name: teams[i % teams.length] ?? 'ops', size: (i % 9) * 1.5 },
      tags: i % 3 === 0 ? ['power', 'site-b'] : i % 3 === 1 ? ['network'] : [],
    };
    if (i % 4 === 0) {
      fields.ackedBy = `person-${i % 5}`;
    }
    if (i % 5 !== 0) {
      fields.paged = i % 2 === 0;
    }
    return incidentDocument(fields, {
      _deleted: i % 11 === 0,
      _meta: { lwt: 1_700_000_000_000 + (i % 13) },
    });
  });
}

// RxDB adds this to every collection query; the storage sees it as a plain field.
const live = { _deleted: { $eq: false } } as MangoQuerySelector<IncidentRecord>;
const queries: [string, MangoQuery<IncidentRecord>][] = [
  ['everything', { selector: {} }],
  ['$eq on an indexed field', { selector: { ...live, severity: { $eq: 3 } } }],
  ['$gt', { selector: { ...live, severity: { $gt: 2 } } }],
  ['$gte with limit', { selector: { ...live, severity: { $gte: 4 } }, limit: 5 }],
  ['$lt', { selector: { ...live, severity: { $lt: 2 } } }],
  ['$lte with skip', { selector: { ...live, severity: { $lte: 1 } }, skip: 3 }],
  [
    'range with skip and limit',
    { selector: { ...live, severity: { $gt: 1, $lt: 5 } }, skip: 4, limit: 7 },
  ],
  ['$ne', { selector: { ...live, status: { $ne: 'resolved' } } }],
  ['$in', { selector: { ...live, status: { $in: ['open', 'mitigated'] } } }],
  ['$nin', { selector: { ...live, status: { $nin: ['open', 'mitigated'] } } }],
  ['$exists true', { selector: { ...live, ackedBy: { $exists: true } } }],
  ['$exists false', { selector: { ...live, ackedBy: { $exists: false } } }],
  ['$regex', { selector: { ...live, title: { $regex: '^[Pp]ower' } } }],
  ['$regex with options', { selector: { ...live, title: { $regex: 'OUTAGE', $options: 'i' } } }],
  ['$or', { selector: { ...live, $or: [{ severity: 5 }, { status: 'open' }] } }],
  ['$and', { selector: { ...live, $and: [{ severity: { $gte: 2 } }, { 'team.name': 'db' }] } }],
  ['$not', { selector: { ...live, severity: { $not: { $gt: 2 } } } }],
  ['$elemMatch', { selector: { ...live, tags: { $elemMatch: { $eq: 'power' } } } }],
  ['nested field equality', { selector: { ...live, 'team.name': 'network' } }],
  ['nested number range', { selector: { ...live, 'team.size': { $gte: 6 } } }],
  [
    'compound index prefix',
    { selector: { ...live, status: 'acknowledged', severity: { $gte: 1 } } },
  ],
  ['title range crossing non-BMP characters', { selector: { ...live, title: { $gt: 'P' } } }],
  ['title equality with emoji', { selector: { ...live, title: 'Ölpumpe 🚨' } }],
  ['sort by one field desc', { selector: live, sort: [{ severity: 'desc' }] }],
  [
    'sort by several fields',
    { selector: live, sort: [{ status: 'asc' }, { severity: 'desc' }, { title: 'asc' }] },
  ],
  [
    'sort by nested field with limit',
    { selector: live, sort: [{ 'team.size': 'desc' }], limit: 10 },
  ],
  ['sort by unindexed field', { selector: live, sort: [{ ackedBy: 'asc' }], skip: 2, limit: 20 }],
  [
    'sort with filter, skip and limit',
    { selector: { ...live, severity: { $gte: 2 } }, sort: [{ title: 'asc' }], skip: 5, limit: 5 },
  ],
  ['limit 0', { selector: live, limit: 0 }],
  ['skip past the end', { selector: live, skip: 500 }],
  ['deleted only', { selector: { _deleted: { $eq: true } } as MangoQuerySelector<IncidentRecord> }],
  [
    '$gt on the primary key',
    { selector: { ...live, id: { $gt: 'inc-50' } }, sort: [{ id: 'asc' }] },
  ],
  ['$gt and $gte on one field', { selector: { ...live, severity: { $gte: 4, $gt: 1 } } }],
  [
    'sort by a field not in the selector',
    { selector: { ...live, severity: { $gt: 2 } }, sort: [{ title: 'desc' }] },
  ],
  [
    'boolean $eq on a compound index',
    { selector: { ...live, paged: { $eq: true }, severity: { $lte: 3 } } },
  ],
  ['boolean field missing', { selector: { ...live, paged: { $exists: false } } }],
  [
    '$in on the primary key',
    { selector: { ...live, id: { $in: ['inc-3', 'inc-7-long-suffix', 'inc-999'] } } },
  ],
  [
    'explicit index hint',
    { selector: { ...live, severity: { $gte: 3 } }, index: ['_deleted', 'title', 'id'] },
  ],
];

let removeDataDir: () => void;
let sqlite: Instance;
let memory: Instance;

beforeAll(async () => {
  const temporary = temporaryDataDir();
  removeDataDir = temporary.removeDataDir;
  sqlite = await createIncidentInstance(
    getRxStorageSqlite({ dataDir: temporary.dataDir }) as RxStorage<unknown, unknown>,
  );
  memory = await createIncidentInstance(getRxStorageMemory() as RxStorage<unknown, unknown>, {
    databaseName: 'memory' + randomToken(8),
  });
  const rows = dataset().map((document) => ({ document }));
  for (const instance of [sqlite, memory]) {
    expect((await instance.bulkWrite(rows, 'seed')).error).toEqual([]);
  }
});

afterAll(async () => {
  await Promise.all([sqlite.close(), memory.close()]);
  removeDataDir();
});

async function expectSameResults(mango: MangoQuery<IncidentRecord>): Promise<void> {
  const prepared = prepareQuery(schema, normalizeMangoQuery(schema, mango));
  const expected = await memory.query(prepared);
  expect((await sqlite.query(prepared)).documents).toEqual(expected.documents);
  if (mango.skip === undefined && mango.limit === undefined) {
    const countQuery = prepareQuery(schema, normalizeMangoQuery(schema, mango, true));
    expect(await sqlite.count(countQuery)).toEqual(await memory.count(countQuery));
  }
}

describe('query results equal the memory storage', () => {
  it.each(queries)('%s', async (_name, mango) => expectSameResults(mango));

  it('the dataset makes the queries meaningful: nearly all of them find documents', async () => {
    let withResults = 0;
    for (const [, mango] of queries) {
      const prepared = prepareQuery(schema, normalizeMangoQuery(schema, mango));
      withResults += (await sqlite.query(prepared)).documents.length > 0 ? 1 : 0;
    }
    // Only 'limit 0' and 'skip past the end' are empty by design.
    expect(withResults).toBe(queries.length - 2);
  });
});

describe('query results still equal the memory storage after updates and deletions', () => {
  beforeAll(async () => {
    const all = prepareQuery(schema, normalizeMangoQuery(schema, { selector: live }));
    const current = (await sqlite.query(all)).documents;
    const rows = current
      .filter((_doc, i) => i % 3 === 0 || i % 7 === 0)
      .map((previous, i) => {
        const document: RxDocumentData<IncidentRecord> = {
          ...previous,
          severity: (previous.severity + 3) % 6,
          status: i % 2 ? 'resolved' : previous.status,
          title: i % 4 ? previous.title + ' (updated)' : '',
          team: { name: previous.team.name, size: (previous.team.size + 2.5) % 12 },
          _deleted: i % 5 === 0,
          _rev: '2-u' + i,
          _meta: { lwt: previous._meta.lwt + 100 },
        };
        if (i % 2) {
          document.paged = !previous.paged;
        }
        return { previous, document };
      });
    expect(rows.length).toBeGreaterThan(40);
    for (const instance of [sqlite, memory]) {
      expect((await instance.bulkWrite(rows, 'update')).error).toEqual([]);
    }
  });

  it.each(queries)('%s', async (_name, mango) => expectSameResults(mango));
});
