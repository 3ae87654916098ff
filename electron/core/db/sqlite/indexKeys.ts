import { getIndexableStringMonad } from 'rxdb';
import type { RxDocumentData, RxJsonSchema } from 'rxdb';

/**
 * Each schema index becomes one BLOB column holding RxDB's indexable string
 * for that index. The string is stored as UTF-16 big-endian code units, so
 * SQLite's byte-wise BLOB order is exactly JavaScript's string order, the
 * order RxDB's memory storage and query planner bounds assume (UTF-8 text
 * order differs for characters above U+FFFF).
 */
export type IndexKeyColumn<RxDocType> = {
  readonly fields: readonly string[];
  readonly column: string;
  readonly keyOf: (doc: RxDocumentData<RxDocType>) => Uint8Array;
};

export function encodeIndexKey(indexableString: string): Uint8Array {
  const bytes = Buffer.from(indexableString, 'utf16le');
  return bytes.swap16();
}

export function indexName(fields: readonly string[]): string {
  return fields.join(',');
}

export function schemaIndexes<RxDocType>(schema: RxJsonSchema<RxDocumentData<RxDocType>>): string[][] {
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
    const indexableString = getIndexableStringMonad(schema, fields);
    return {
      fields,
      column: `k${position}`,
      keyOf: (doc) => encodeIndexKey(indexableString(doc)),
    };
  });
}
