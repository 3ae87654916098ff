import { describe, expect, it } from 'vitest';
import { getIndexableStringMonad } from 'rxdb';
import { encodeIndexKey, indexKeyColumns, indexKeyWriter, schemaIndexes } from './indexKeys.ts';
import { incidentDocument, incidentSchema } from './testSupport.ts';

/** SQLite compares BLOBs byte by byte; that order must equal JavaScript's string order. */
const alphabet = [
  '\u0000',
  ' ',
  'a',
  'Z',
  '~',
  '\u007f',
  'é',
  'Ω',
  '中',
  '\ud83d\udea8',
  '\ud83d\udd25',
  '\ue000',
  '\uffe0',
  '\uffff',
];

function randomText(seed: number): string {
  let text = '';
  let state = seed;
  const length = seed % 6;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  return Buffer.compare(a, b);
}

describe('encodeIndexKey', () => {
  it('orders like JavaScript strings, including characters above U+FFFF and U+FFFF itself', () => {
    const texts = Array.from({ length: 600 }, (_, i) => randomText(i * 7919 + 13));
    const byJs = [...texts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const byBytes = [...texts].sort((a, b) => compareBytes(encodeIndexKey(a), encodeIndexKey(b)));
    expect(byBytes).toEqual(byJs);
  });

  it('puts an emoji below the U+FFFF upper bound RxDB uses', () => {
    expect(compareBytes(encodeIndexKey('Zone 🔥'), encodeIndexKey('Zone \uffff'))).toBeLessThan(0);
  });
});

describe('indexKeyWriter', () => {
  it("writes exactly RxDB's indexable string of every index, encoded", () => {
    const schema = incidentSchema();
    const writeKeys = indexKeyWriter(schema, indexKeyColumns(schema));
    const docs = [
      incidentDocument({
        id: 'a',
        title: 'Zone B 🔥',
        severity: 0,
        team: { name: 'db', size: 2.5 },
      }),
      incidentDocument({
        id: 'a-much-longer-id',
        title: '',
        severity: 100,
        paged: true,
        tags: ['x'],
      }),
      incidentDocument(
        { id: 'z', title: 'Ölpumpe', severity: 7, team: { name: '', size: 999.5 } },
        { _deleted: true },
      ),
    ];
    for (const doc of docs) {
      const written: unknown[] = [];
      writeKeys(doc, written, 0);
      const expected = schemaIndexes(schema).map((index) =>
        encodeIndexKey(getIndexableStringMonad(schema, index)(doc)),
      );
      expect(written).toEqual(expected);
    }
  });
});
