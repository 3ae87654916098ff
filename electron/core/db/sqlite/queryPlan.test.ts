import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeMangoQuery, prepareQuery } from 'rxdb';
import type { MangoQuery, MangoQuerySelector, RxStorage, RxStorageInstance } from 'rxdb';
import { changesSql } from './changedDocuments.ts';
import { collectionTables } from './collectionTables.ts';
import { getRxStorageSqlite } from './index.ts';
import { planCountSql, planQuerySql } from './queryRunner.ts';
import type { QueryContext } from './queryRunner.ts';
import type { SqliteStorageInternals } from './rxStorageInstanceSqlite.ts';
import { acquireConnection, releaseConnection, statement } from './sqliteConnection.ts';
import type { SqliteConnection } from './sqliteConnection.ts';
import {
  createIncidentInstance,
  incidentDocument,
  incidentSchema,
  temporaryDataDir,
} from './testSupport.ts';
import type { IncidentRecord } from './testSupport.ts';

/** Indexed queries must SEARCH an index, never SCAN the documents table. */
const schema = incidentSchema();
const live = { _deleted: { $eq: false } } as MangoQuerySelector<IncidentRecord>;

let removeDataDir: () => void;
let instance: RxStorageInstance<IncidentRecord, unknown, unknown>;
let connection: SqliteConnection;
let context: QueryContext<IncidentRecord>;

function explain(sql: string, params: unknown[]): string {
  const rows = statement(connection, 'EXPLAIN QUERY PLAN ' + sql).all(...(params as never[]));
  return rows.map((row) => String(row['detail'])).join('\n');
}

function prepared(mango: MangoQuery<IncidentRecord>) {
  return prepareQuery(schema, normalizeMangoQuery(schema, mango));
}

beforeAll(async () => {
  const temporary = temporaryDataDir();
  removeDataDir = temporary.removeDataDir;
  instance = await createIncidentInstance(
    getRxStorageSqlite({ dataDir: temporary.dataDir }) as RxStorage<unknown, unknown>,
  );
  const docs = Array.from({ length: 500 }, (_, i) =>
    incidentDocument({ id: `inc-${i}`, severity: i % 100, status: i % 2 ? 'open' : 'resolved' }),
  );
  await instance.bulkWrite(
    docs.map((document) => ({ document })),
    'seed',
  );
  connection = acquireConnection((instance.internals as SqliteStorageInternals).filePath);
  context = { connection, tables: collectionTables('incidents', schema), schema };
});

afterAll(async () => {
  releaseConnection(connection);
  await instance.close();
  removeDataDir();
});

describe('EXPLAIN QUERY PLAN of the SQL the query planner produces', () => {
  it.each<[string, MangoQuery<IncidentRecord>]>([
    [
      'range on an indexed field with a limit',
      { selector: { ...live, severity: { $gte: 10, $lt: 20 } }, limit: 100 },
    ],
    [
      'equality on a compound index',
      { selector: { ...live, status: 'open', severity: { $gt: 50 } } },
    ],
    ['sorted by an indexed field', { selector: live, sort: [{ severity: 'asc' }], limit: 5 }],
    [
      'indexed range plus an unindexed filter',
      { selector: { ...live, severity: { $gt: 90 }, tags: { $size: 0 } } },
    ],
  ])('%s uses an index', (_name, mango) => {
    const { source } = planQuerySql(context, prepared(mango));
    const plan = explain(source.sql, source.params);
    expect(plan).toMatch(/SEARCH docs_incidents_v0 USING (COVERING )?INDEX idx_incidents_v0_k\d/);
    expect(plan).not.toMatch(/SCAN docs_incidents_v0(?! USING)/);
  });

  it('counts an indexed range from the index alone', () => {
    const countQuery = prepareQuery(
      schema,
      normalizeMangoQuery(schema, { selector: { ...live, severity: { $lt: 5 } } }, true),
    );
    const { source, filterInJs } = planCountSql(context, countQuery);
    expect(filterInJs).toBe(false);
    expect(explain(source.sql, source.params)).toMatch(
      /SEARCH docs_incidents_v0 USING COVERING INDEX/,
    );
  });

  it('answers getChangedDocumentsSince() from the [_meta.lwt, id] index', () => {
    const { sql, params } = changesSql(context.tables, schema, {
      id: 'inc-7',
      lwt: 1_700_000_000_000,
    });
    expect(explain(sql, [...params, 10])).toMatch(
      /SEARCH docs_incidents_v0 USING INDEX idx_incidents_v0_k\d/,
    );
  });
});
