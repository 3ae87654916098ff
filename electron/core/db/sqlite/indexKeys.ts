import { getIndexableStringMonad } from 'rxdb';
import type { RxDocumentData, RxJsonSchema } from 'rxdb';

/**
 * Each schema index becomes one BLOB column holding RxDB's indexable string
 * for that index, encoded so that SQLite's byte-wise BLOB order is exactly
 * JavaScript's string order (UTF-16 code units), the order RxDB's memory
 * storage and query planner bounds assume.
 */
export type IndexKeyColumn<RxDocType> = {
  readonly fields: readonly string[];
  readonly column: string;
  readonly keyOf: (doc: RxDocumentData<RxDocType>) => Uint8Array;
};

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * UTF-8 order equals UTF-16 code-unit order for text without surrogates, so
 * that common case is plain UTF-8. Text with characters above U+FFFF encodes
 * every code unit on its own (CESU-8), which keeps code-unit order: a
 * surrogate (D800-DFFF) then sorts below U+E000-U+FFFF, as in JavaScript.
 */
export function encodeIndexKey(indexableString: string): Uint8Array {
  if (!SURROGATE.test(indexableString)) {
    return Buffer.from(indexableString, 'utf8');
  }
  const bytes = Buffer.allocUnsafe(indexableString.length * 3);
  let length = 0;
  for (let i = 0; i < indexableString.length; i++) {
    const unit = indexableString.charCodeAt(i);
    if (unit < 0x80) {
      bytes[length++] = unit;
    } else if (unit < 0x800) {
      bytes[length++] = 0xc0 | (unit >> 6);
      bytes[length++] = 0x80 | (unit & 0x3f);
    } else {
      bytes[length++] = 0xe0 | (unit >> 12);
      bytes[length++] = 0x80 | ((unit >> 6) & 0x3f);
      bytes[length++] = 0x80 | (unit & 0x3f);
    }
  }
  return bytes.subarray(0, length);
}

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
    const indexableString = getIndexableStringMonad(schema, fields);
    return {
      fields,
      column: `k${position}`,
      keyOf: (doc) => encodeIndexKey(indexableString(doc)),
    };
  });
}
