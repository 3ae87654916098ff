import { getIndexableStringMonad, getIndexMeta } from 'rxdb';
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

/** Writes every key column of one document into `values` from `offset` on. */
export type IndexKeyWriter<RxDocType> = (
  doc: RxDocumentData<RxDocType>,
  values: unknown[],
  offset: number,
) => void;

/**
 * The same keys as `keyOf`, computed together: each field's part of RxDB's
 * indexable string (RxDB's own `getIndexStringPart`) is computed once per
 * document and shared by every index containing the field — the hot path of
 * bulk inserts.
 */
export function indexKeyWriter<RxDocType>(
  schema: RxJsonSchema<RxDocumentData<RxDocType>>,
  keyColumns: readonly IndexKeyColumn<RxDocType>[],
): IndexKeyWriter<RxDocType> {
  const fieldNames = [...new Set(keyColumns.flatMap((key) => key.fields))];
  const parts = fieldNames.map((field) => {
    const [meta] = getIndexMeta(schema, [field]);
    if (!meta) {
      throw new Error(`index field ${field} is missing from the schema`);
    }
    return meta.getIndexStringPart;
  });
  const layouts = keyColumns.map((key) => key.fields.map((field) => fieldNames.indexOf(field)));
  const partValues = new Array<string>(fieldNames.length);
  return (doc, values, offset) => {
    for (let i = 0; i < parts.length; i++) {
      partValues[i] = (parts[i] as (doc: RxDocumentData<RxDocType>) => string)(doc);
    }
    for (let column = 0; column < layouts.length; column++) {
      let indexable = '';
      for (const part of layouts[column] as number[]) {
        indexable += partValues[part];
      }
      values[offset + column] = encodeIndexKey(indexable);
    }
  };
}
