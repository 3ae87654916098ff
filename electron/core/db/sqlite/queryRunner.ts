import { getQueryMatcher, getSortComparator } from 'rxdb';
import type {
  PreparedQuery,
  RxDocumentData,
  RxJsonSchema,
  RxStorageCountResult,
  RxStorageQueryResult,
} from 'rxdb';
import type { CollectionTables } from './collectionTables.ts';
import { parseRows } from './documentRows.ts';
import { indexRange, rangeCountSql, rangeSelectSql } from './indexRangeSql.ts';
import type { IndexRangeSql } from './indexRangeSql.ts';
import { statement, valueStatement } from './sqliteConnection.ts';
import type { SqliteConnection } from './sqliteConnection.ts';

/**
 * Runs RxDB queries with the same semantics as RxDB's memory storage: the
 * query plan's index range is answered by SQLite, whatever the range does not
 * cover is filtered with RxDB's own matcher and re-sorted with its comparator.
 */
export type QueryContext<RxDocType> = {
  readonly connection: SqliteConnection;
  readonly tables: CollectionTables<RxDocType>;
  readonly schema: RxJsonSchema<RxDocumentData<RxDocType>>;
};

/** The SQL a query runs and what is left to do in JavaScript afterwards. */
export type QueryExecution = {
  readonly source: IndexRangeSql;
  readonly filterInJs: boolean;
  readonly sortInJs: boolean;
  readonly pagedInSql: boolean;
};

export function planQuerySql<RxDocType>(
  context: QueryContext<RxDocType>,
  prepared: PreparedQuery<RxDocType>,
): QueryExecution {
  const { queryPlan: plan, query } = prepared;
  const range = indexRange(context.tables, context.schema, plan);
  if (!range) {
    const source = { sql: `SELECT data FROM ${context.tables.docs}`, params: [] };
    return { source, filterInJs: true, sortInJs: true, pagedInSql: false };
  }
  const filterInJs = !plan.selectorSatisfiedByIndex;
  const sortInJs = !plan.sortSatisfiedByIndex;
  if (filterInJs || sortInJs) {
    return {
      source: rangeSelectSql(context.tables, range),
      filterInJs,
      sortInJs,
      pagedInSql: false,
    };
  }
  const skip = query.skip ? query.skip : 0;
  const limit = typeof query.limit === 'number' ? query.limit : Infinity;
  return {
    source: rangeSelectSql(context.tables, range, { skip, limit }),
    filterInJs,
    sortInJs,
    pagedInSql: true,
  };
}

export function runQuery<RxDocType>(
  context: QueryContext<RxDocType>,
  prepared: PreparedQuery<RxDocType>,
): RxStorageQueryResult<RxDocType> {
  const execution = planQuerySql(context, prepared);
  if (execution.pagedInSql) {
    return { documents: readAll(context, execution.source) };
  }
  const query = prepared.query;
  const skip = query.skip ? query.skip : 0;
  const limit = typeof query.limit === 'number' ? query.limit : Infinity;
  const matches = execution.filterInJs ? getQueryMatcher(context.schema, query) : undefined;
  const enough = execution.sortInJs ? Infinity : skip + limit;
  let documents = collectMatches(context, execution.source, matches, enough);
  if (execution.sortInJs) {
    documents = documents.sort(getSortComparator(context.schema, query));
  }
  if (skip !== 0 || documents.length > skip + limit) {
    documents = documents.slice(skip, skip + limit);
  }
  return { documents };
}

/** Counts straight from the index when the range answers the selector, else filters rows in JavaScript. */
export function planCountSql<RxDocType>(
  context: QueryContext<RxDocType>,
  prepared: PreparedQuery<RxDocType>,
): { readonly source: IndexRangeSql; readonly filterInJs: boolean } {
  const range = indexRange(context.tables, context.schema, prepared.queryPlan);
  if (range && prepared.queryPlan.selectorSatisfiedByIndex) {
    return { source: rangeCountSql(context.tables, range), filterInJs: false };
  }
  const source = range
    ? rangeSelectSql(context.tables, range)
    : { sql: `SELECT data FROM ${context.tables.docs}`, params: [] };
  return { source, filterInJs: true };
}

export function runCount<RxDocType>(
  context: QueryContext<RxDocType>,
  prepared: PreparedQuery<RxDocType>,
): RxStorageCountResult {
  const { source, filterInJs } = planCountSql(context, prepared);
  if (!filterInJs) {
    const row = statement(context.connection, source.sql).get(...source.params);
    return { count: Number(row?.['count'] ?? 0), mode: 'fast' };
  }
  const matches = getQueryMatcher(context.schema, prepared.query);
  return { count: collectMatches(context, source, matches, Infinity).length, mode: 'fast' };
}

function readAll<RxDocType>(
  context: QueryContext<RxDocType>,
  source: IndexRangeSql,
): RxDocumentData<RxDocType>[] {
  return parseRows(valueStatement(context.connection, source.sql).all(...source.params));
}

function collectMatches<RxDocType>(
  context: QueryContext<RxDocType>,
  source: IndexRangeSql,
  matches: ((doc: RxDocumentData<RxDocType>) => boolean) | undefined,
  enough: number,
): RxDocumentData<RxDocType>[] {
  const documents: RxDocumentData<RxDocType>[] = [];
  for (const row of valueStatement(context.connection, source.sql).iterate(...source.params)) {
    const doc = JSON.parse(row[0] as string) as RxDocumentData<RxDocType>;
    if (!matches || matches(doc)) {
      documents.push(doc);
      if (documents.length >= enough) {
        break;
      }
    }
  }
  return documents;
}
