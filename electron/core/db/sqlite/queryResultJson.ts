import { getQueryMatcher, getSortComparator } from 'rxdb';
import type { PreparedQuery, RxDocumentData } from 'rxdb';
import { planQuerySql, type QueryContext } from './queryRunner.ts';
import { valueStatement } from './sqliteConnection.ts';

/**
 * The JSON text of a query's result (`{"documents":[…]}`), the same result
 * runQuery gives, built from the stored JSON: each row is parsed only long
 * enough to match it and to copy its sort fields, and the stored text is
 * what goes into the answer.
 *
 * A window opening a long timeline asks for tens of thousands of entries;
 * parsing them all into objects only to serialise them again for the wire
 * held several times their size in the node at once.
 */
export function queryResultJson<RxDocType>(
  context: QueryContext<RxDocType>,
  prepared: PreparedQuery<RxDocType>,
): string {
  const execution = planQuerySql(context, prepared);
  const rows = valueStatement(context.connection, execution.source.sql);
  if (execution.pagedInSql) {
    const texts = rows.all(...execution.source.params).map((row) => row[0] as string);
    return documentsJson(texts);
  }
  const query = prepared.query;
  const skip = query.skip ? query.skip : 0;
  const limit = typeof query.limit === 'number' ? query.limit : Infinity;
  const matches = execution.filterInJs ? getQueryMatcher(context.schema, query) : undefined;
  const sortFields = execution.sortInJs ? topLevelFields(query.sort) : undefined;
  const enough = sortFields ? Infinity : skip + limit;
  const kept: { text: string; sortKeys: RxDocumentData<RxDocType> | undefined }[] = [];
  for (const row of rows.iterate(...execution.source.params)) {
    const text = row[0] as string;
    const document = JSON.parse(text) as RxDocumentData<RxDocType>;
    if (matches && !matches(document)) continue;
    kept.push({ text, sortKeys: sortFields ? pick(document, sortFields) : undefined });
    if (kept.length >= enough) break;
  }
  if (sortFields) {
    const compare = getSortComparator(context.schema, query);
    kept.sort((a, b) => compare(a.sortKeys as never, b.sortKeys as never));
  }
  return documentsJson(kept.slice(skip, skip + limit).map((entry) => entry.text));
}

function documentsJson(texts: string[]): string {
  return `{"documents":[${texts.join(',')}]}`;
}

/** The top-level fields a sort reads (`team` for `team.name`). */
function topLevelFields(sort: readonly object[] | undefined): string[] {
  const paths = (sort ?? []).flatMap((part) => Object.keys(part));
  return [...new Set(paths.map((path) => path.split('.')[0] as string))];
}

/** A small stand-in for the document holding only what the comparator reads. */
function pick<RxDocType>(document: RxDocumentData<RxDocType>, fields: string[]) {
  const keys: Record<string, unknown> = {};
  for (const field of fields) keys[field] = (document as Record<string, unknown>)[field];
  return keys as RxDocumentData<RxDocType>;
}
