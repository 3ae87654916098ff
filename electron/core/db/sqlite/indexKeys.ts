import { getIndexMeta } from 'rxdb';
import type { RxDocumentData, RxJsonSchema } from 'rxdb';
import { encodeSegments, keySegments } from './keySegments.ts';
import type { KeySegment } from './keySegments.ts';

/**
 * Each schema index becomes one BLOB column holding RxDB's indexable string
 * for that index, encoded segment by segment (keySegments.ts) so that
 * SQLite's byte-wise BLOB order is exactly the JavaScript string order of
 * the indexable strings, the order RxDB's memory storage and query planner
 * bounds assume.
 */
export type IndexKeyColumn<RxDocType> = {
  readonly fields: readonly string[];
  readonly column: string;
  readonly segments: readonly KeySegment[];
  readonly keyOf: (doc: RxDocumentData<RxDocType>) => Uint8Array;
};

type PartOf<RxDocType> = (doc: RxDocumentData<RxDocType>) => string;

export function indexName(fields: readonly string[]): string {
  return fields.join(',');
}

export function schemaIndexes<RxDocType>(
  schema: RxJsonSchema<RxDocumentData<RxDocType>>,
): string[][] {
  const seen = new Set<string>();
  const indexes: string[][] = [];
  for (const index of schema.indexes ?? []) {
    const fields = typeof index === 'string' ? [index] : [...index];
    if (!seen.has(indexName(fields))) {
      seen.add(indexName(fields));
      indexes.push(fields);
    }
  }
  return indexes;
}

export function indexKeyColumns<RxDocType>(
  schema: RxJsonSchema<RxDocumentData<RxDocType>>,
): IndexKeyColumn<RxDocType>[] {
  return schemaIndexes(schema).map((fields, position) => {
    const segments = keySegments(schema, fields);
    const parts = fieldParts(schema, fields);
    return {
      fields,
      column: `k${position}`,
      segments,
      keyOf: (doc) =>
        encodeSegments(
          parts.map((part) => part(doc)),
          segments,
        ),
    };
  });
}

/** Writes every key column of one document into `values` from `offset` on. */
export type IndexKeyWriter<RxDocType> = (
  doc: RxDocumentData<RxDocType>,
  values: unknown[],
  offset: number,
) => void;

/**
 * The same keys as `keyOf`, computed together: each field's segment (RxDB's
 * own `getIndexStringPart`) is computed once per document and shared by
 * every index containing the field — the hot path of bulk inserts.
 */
export function indexKeyWriter<RxDocType>(
  schema: RxJsonSchema<RxDocumentData<RxDocType>>,
  keyColumns: readonly IndexKeyColumn<RxDocType>[],
): IndexKeyWriter<RxDocType> {
  const fieldNames = [...new Set(keyColumns.flatMap((key) => key.fields))];
  const parts = fieldParts(schema, fieldNames);
  const layouts = keyColumns.map((key) => key.fields.map((field) => fieldNames.indexOf(field)));
  const partValues = new Array<string>(fieldNames.length);
  return (doc, values, offset) => {
    for (let i = 0; i < parts.length; i++) {
      partValues[i] = (parts[i] as PartOf<RxDocType>)(doc);
    }
    for (let column = 0; column < keyColumns.length; column++) {
      const key = keyColumns[column] as IndexKeyColumn<RxDocType>;
      values[offset + column] = encodeSegments(partValues, key.segments, layouts[column]);
    }
  };
}

/**
 * RxDB's `getIndexStringPart` per field, except for strings: their padding
 * is dropped by the encoding anyway, so the raw value (or '' like RxDB) is
 * used without building the padded copy first.
 */
function fieldParts<RxDocType>(
  schema: RxJsonSchema<RxDocumentData<RxDocType>>,
  fields: readonly string[],
): PartOf<RxDocType>[] {
  return getIndexMeta(schema, [...fields]).map((meta) => {
    if (meta.schemaPart.type !== 'string') {
      return meta.getIndexStringPart;
    }
    const getValue = meta.getValue as (doc: RxDocumentData<RxDocType>) => unknown;
    return (doc) => (getValue(doc) || '') as string;
  });
}
