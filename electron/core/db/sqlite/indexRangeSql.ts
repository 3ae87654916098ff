import { getStartIndexStringFromLowerBound, getStartIndexStringFromUpperBound } from 'rxdb';
import type { RxDocumentData, RxJsonSchema, RxQueryPlan } from 'rxdb';
import type { SQLInputValue } from 'node:sqlite';
import type { CollectionTables } from './collectionTables.ts';
import { indexName } from './indexKeys.ts';
import { encodeIndexableString } from './keySegments.ts';

/**
 * Turns RxDB's query plan (index + start/end keys) into SQL over the index's
 * key column: a range the SQLite index answers with SEARCH instead of a scan.
 */
export type IndexRangeSql = {
  readonly sql: string;
  readonly params: SQLInputValue[];
};

type IndexRange = {
  readonly column: string;
  readonly where: string;
  readonly params: SQLInputValue[];
};

export function indexRange<RxDocType>(
  tables: CollectionTables<RxDocType>,
  schema: RxJsonSchema<RxDocumentData<RxDocType>>,
  plan: RxQueryPlan,
): IndexRange | undefined {
  const wanted = indexName(plan.index);
  const key = tables.keyColumns.find((candidate) => indexName(candidate.fields) === wanted);
  if (!key) {
    return undefined;
  }
  const lower = getStartIndexStringFromLowerBound(schema, plan.index, plan.startKeys);
  const upper = getStartIndexStringFromUpperBound(schema, plan.index, plan.endKeys);
  const lowerKey = encodeIndexableString(lower, key.segments);
  const upperKey = encodeIndexableString(upper, key.segments);
  if (!lowerKey || !upperKey) {
    // A bound longer than its field's maxLength: scan, filter and sort in JS instead.
    return undefined;
  }
  const lowerOp = plan.inclusiveStart ? '>=' : '>';
  const upperOp = plan.inclusiveEnd ? '<=' : '<';
  return {
    column: key.column,
    where: `${key.column} ${lowerOp} ? AND ${key.column} ${upperOp} ?`,
    params: [lowerKey, upperKey],
  };
}

/** Documents in index order; skip and limit go to SQL only when no JS filtering or re-sorting follows. */
export function rangeSelectSql<RxDocType>(
  tables: CollectionTables<RxDocType>,
  range: IndexRange,
  page?: { skip: number; limit: number },
): IndexRangeSql {
  const base = `SELECT data FROM ${tables.docs} WHERE ${range.where} ORDER BY ${range.column}`;
  if (!page) {
    return { sql: base, params: range.params };
  }
  const limit = Number.isFinite(page.limit) ? page.limit : -1;
  return { sql: `${base} LIMIT ? OFFSET ?`, params: [...range.params, limit, page.skip] };
}

export function rangeCountSql<RxDocType>(
  tables: CollectionTables<RxDocType>,
  range: IndexRange,
): IndexRangeSql {
  return {
    sql: `SELECT COUNT(*) AS count FROM ${tables.docs} WHERE ${range.where}`,
    params: range.params,
  };
}
