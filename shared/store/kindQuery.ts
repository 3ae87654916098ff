import type { MangoQuery, MangoQuerySelector, MangoQuerySortPart } from 'rxdb';
import type { KindDefinition } from './kind.ts';
import { columnOfField } from './records.ts';
import type { RecordEnvelope } from './records.ts';

/** A query on one kind, in the kind's own field names. */
export interface KindQuery<Doc> {
  selector?: MangoQuerySelector<Doc>;
  sort?: MangoQuerySortPart<Doc>[];
  limit?: number;
  skip?: number;
}

type Selector = Record<string, unknown>;

/**
 * The same query on the `records` collection: the kind is fixed, fields the
 * kind maps to an indexed column use the column (so the index serves them),
 * every other field is read inside `body`.
 */
export function recordsQuery<Doc>(
  kind: KindDefinition,
  query: KindQuery<Doc>,
): MangoQuery<RecordEnvelope> {
  const selector = translateSelector(kind, (query.selector ?? {}) as Selector);
  const translated: MangoQuery<RecordEnvelope> = {
    selector: { kind: kind.name, ...selector } as MangoQuerySelector<RecordEnvelope>,
  };
  if (query.sort)
    translated.sort = query.sort.map((part) =>
      Object.fromEntries(
        Object.entries(part).map(([field, direction]) => [fieldPath(kind, field), direction]),
      ),
    ) as MangoQuerySortPart<RecordEnvelope>[];
  if (query.limit !== undefined) translated.limit = query.limit;
  if (query.skip !== undefined) translated.skip = query.skip;
  return translated;
}

function translateSelector(kind: KindDefinition, selector: Selector): Selector {
  const out: Selector = {};
  for (const [key, condition] of Object.entries(selector)) {
    if (key === '$and' || key === '$or' || key === '$nor') {
      out[key] = (condition as Selector[]).map((part) => translateSelector(kind, part));
    } else if (key.startsWith('$')) {
      throw new Error(`Queries on ${kind.name} cannot use ${key} at the top level`);
    } else {
      out[fieldPath(kind, key, condition)] = condition;
    }
  }
  return out;
}

/**
 * A column stores '' for a missing field, so `$exists` must look at the
 * body itself; everything else on a mapped field reads the column.
 */
function fieldPath(kind: KindDefinition, field: string, condition?: unknown): string {
  const asksExistence =
    condition !== null && typeof condition === 'object' && '$exists' in (condition as object);
  const column = asksExistence ? undefined : columnOfField(kind, field);
  return column ?? `body.${field}`;
}
