import { getQueryMatcher, getSortComparator } from 'rxdb';
import type { PreparedQuery, RxDocumentData, RxJsonSchema, RxStorageCountResult, RxStorageQueryResult } from 'rxdb';
import type { CollectionTables } from './collectionTables.ts';
import { parseRows } from './documentRows.ts';
import { indexRange, rangeCountSql, rangeSelectSql } from './indexRangeSql.ts';
import type { IndexRangeSql } from './indexRangeSql.ts';
import { statement } from './sqliteConnection.ts';
import type { SqliteConnection } from './sqliteConnection.ts';

/**
 * Runs RxDB queries with the same semantics as RxDB's memory storage: the
 * query plan's index range is answered by SQLite, whatever the range does not
 * cover is filtered with RxDB's own matcher and re-sorted with its comparator.
 */
type QueryContext<RxDocType> = {
  readonly connection: SqliteConnection;
  readonly tables: CollectionTables<RxDocType>;
  readonly schema: RxJsonSchema<RxDocumentData<RxDocType>>;
};

export function runQuery<RxDocType>(
  context: QueryContext<RxDocType>,
  prepared: PreparedQuery<RxDocType>,
): RxStorageQueryResult<RxDocType> {
  const { queryPlan: plan, query } = prepared;
  const skip = query.skip ? query.skip : 0;
  const limit = typeof query.limit === 'number' ? query.limit : Infinity;
  const range = indexRange(context.tables, context.schema, plan);
  const exact = range && plan.selectorSatisfiedByIndex && plan.sortSatisfiedByIndex;
  if (range && exact) {
    return { documents: readAll(context, rangeSelectSql(context.tables, range, { skip, limit })) };
  }
  const source = range
    ? rangeSelectSql(context.tables, range)
    : { sql: `SELECT data FROM ${context.tables.docs}`, params: [] };
  const matches = plan.selectorSatisfiedByIndex && range ? undefined : getQueryMatcher(context.schema, query);
  const mustSort = !range || !plan.sortSatisfiedByIndex;
  let documents = collectMatches(context, source, matches, mustSort ? Infinity : skip + limit);
  if (mustSort) {
    documents = documents.sort(getSortComparator(context.schema, query));
  }
  if (skip !== 0 || documents.length > skip + limit) {
    documents = documents.slice(skip, skip + limit);
  }
  return { documents };
}

export function runCount<RxDocType>(
  context: QueryContext<RxDocType>,
  prepared: PreparedQuery<RxDocType>,
): RxStorageCountResult {
  const plan = prepared.queryPlan;
  const range = indexRange(context.tables, context.schema, plan);
  if (range && plan.selectorSatisfiedByIndex) {
    const { sql, params } = rangeCountSql(context.tables, range);
    const row = statement(context.connection, sql).get(...params);
    return { count: Number(row?.['count'] ?? 0), mode: 'fast' };
  }
  const source = range
    ? rangeSelectSql(context.tables, range)
    : { sql: `SELECT data FROM ${context.tables.docs}`, params: [] };
  const matches = getQueryMatcher(context.schema, prepared.query);
  return { count: collectMatches(context, source, matches, Infinity).length, mode: 'fast' };
}

function readAll<RxDocType>(context: QueryContext<RxDocType>, source: IndexRangeSql): RxDocumentData<RxDocType>[] {
  return parseRows(statement(context.connection, source.sql).all(...source.params));
}

function collectMatches<RxDocType>(
  context: QueryContext<RxDocType>,
  source: IndexRangeSql,
  matches: ((doc: RxDocumentData<RxDocType>) => boolean) | undefined,
  enough: number,
): RxDocumentData<RxDocType>[] {
  const documents: RxDocumentData<RxDocType>[] = [];
  for (const row of statement(context.connection, source.sql).iterate(...source.params)) {
    const doc = JSON.parse(row['data'] as string) as RxDocumentData<RxDocType>;
    if (!matches || matches(doc)) {
      documents.push(doc);
      if (documents.length >= enough) {
        break;
      }
    }
  }
  return documents;
}
