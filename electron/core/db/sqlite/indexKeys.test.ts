import { describe, expect, it } from 'vitest';
import {
  fillWithDefaultSettings,
  getIndexableStringMonad,
  getStartIndexStringFromLowerBound,
  getStartIndexStringFromUpperBound,
  INDEX_MAX,
  INDEX_MIN,
} from 'rxdb';
import type { RxDocumentData } from 'rxdb';
import { indexKeyColumns, indexKeyWriter } from './indexKeys.ts';
import { encodeIndexableString } from './keySegments.ts';

/**
 * SQLite compares BLOBs byte by byte; for every pair of documents (and every
 * query bound) that order must equal the JavaScript order of RxDB's
 * indexable strings.
 */
type Probe = { id: string; label: string; weight: number; urgent: boolean };

const schema = fillWithDefaultSettings<Probe>({
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 8 },
    label: { type: 'string', maxLength: 6 },
    weight: { type: 'number', minimum: 0, maximum: 100, multipleOf: 0.5 },
    urgent: { type: 'boolean' },
  },
  required: ['id', 'label', 'weight', 'urgent'],
  indexes: [
    ['label', 'weight'],
    ['urgent', 'label'],
  ],
});

const alphabet = [
  '',
  ' ',
  '  ',
  '\u0000',
  '\u0001',
  '\u001f',
  '!',
  'a',
  'b',
  'Z',
  '~',
  '\u007f',
  'é',
  '中',
  '🔥',
  '\ue000',
  '\uffff',
];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function text(next: () => number, maxLength: number): string {
  let value = '';
  while (next() < 0.75) {
    const piece = alphabet[Math.floor(next() * alphabet.length)] ?? '';
    if (value.length + piece.length > maxLength) {
      break;
    }
    value += piece;
  }
  return value;
}

function probes(count: number): RxDocumentData<Probe>[] {
  const next = random(42);
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i}${text(next, 3)}`.slice(0, 8),
    label: text(next, 6),
    weight: Math.round(next() * 200) / 2,
    urgent: next() < 0.5,
    _deleted: next() < 0.2,
    _attachments: {},
    _rev: '1-a',
    _meta: { lwt: 1_700_000_000_000 + Math.round(next() * 1000) / 100 },
  }));
}

const sign = (value: number) => (value < 0 ? -1 : value > 0 ? 1 : 0);
const jsCompare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('index keys', () => {
  const docs = probes(400);
  const columns = indexKeyColumns(schema);

  it.each(columns.map((column) => [column.fields.join(','), column] as const))(
    'order documents like RxDB indexable strings: %s',
    (_name, column) => {
      const indexable = getIndexableStringMonad(schema, [...column.fields]);
      const strings = docs.map((doc) => indexable(doc));
      const keys = docs.map((doc) => column.keyOf(doc));
      for (let i = 0; i < docs.length; i += 3) {
        for (let j = 0; j < docs.length; j++) {
          const expected = jsCompare(strings[i] as string, strings[j] as string);
          expect(sign(Buffer.compare(keys[i] as Uint8Array, keys[j] as Uint8Array))).toBe(expected);
        }
      }
    },
  );

  it('compare with query bounds like RxDB indexable strings', () => {
    const column = columns.find((candidate) => candidate.fields.includes('label'));
    if (!column) throw new Error('label index missing');
    const fields = [...column.fields];
    const indexable = getIndexableStringMonad(schema, fields);
    const next = random(7);
    const values = (): (string | number | boolean)[] =>
      fields.map((field) => {
        const pick = next();
        if (pick < 0.15) return INDEX_MIN;
        if (pick < 0.3) return INDEX_MAX;
        if (field === 'weight') return Math.round(next() * 200) / 2;
        if (field === '_deleted' || field === 'urgent') return next() < 0.5;
        return text(next, field === 'id' ? 8 : 6);
      });
    for (let round = 0; round < 150; round++) {
      const bounds = [
        getStartIndexStringFromLowerBound(schema, fields, values()),
        getStartIndexStringFromUpperBound(schema, fields, values()),
      ];
      for (const bound of bounds) {
        const boundKey = encodeIndexableString(bound, column.segments);
        if (!boundKey) throw new Error('bound did not fit the segments');
        for (const doc of docs) {
          const expected = jsCompare(indexable(doc), bound);
          expect(sign(Buffer.compare(column.keyOf(doc), boundKey))).toBe(expected);
        }
      }
    }
  });

  it('writes the same keys when computing all columns at once', () => {
    const writeKeys = indexKeyWriter(schema, columns);
    for (const doc of docs.slice(0, 50)) {
      const written: unknown[] = [];
      writeKeys(doc, written, 0);
      expect(written).toEqual(columns.map((column) => column.keyOf(doc)));
    }
  });

  it('drops string padding: a short id costs its own length, not maxLength', () => {
    const column = columns.find((candidate) => candidate.fields.join(',') === '_meta.lwt,id');
    const doc = docs[0] as RxDocumentData<Probe>;
    const padded = getIndexableStringMonad(schema, ['_meta.lwt', 'id'])(doc);
    expect(column?.keyOf(doc).length).toBeLessThan(padded.length + 1);
  });

  it('refuses bounds that do not fit the segment widths', () => {
    const column = columns[0];
    expect(column && encodeIndexableString('too short', column.segments)).toBeUndefined();
  });
});
