import { getIndexMeta } from 'rxdb';
import type { RxDocumentData, RxJsonSchema } from 'rxdb';

/**
 * RxDB's indexable string is a row of fixed-width segments, one per index
 * field: strings padded with spaces to `maxLength`, numbers as zero-padded
 * digits, booleans as '0'/'1'. Comparing two such strings is comparing the
 * segments one after the other. Stored as is, the padding wastes most of a
 * key (ids are often 20 characters in a 100-character field), so each
 * segment is encoded on its own into bytes that sort exactly like the padded
 * segment and that no other segment's bytes start with:
 *
 * - digit and boolean segments: their ASCII bytes (fixed width already);
 * - string segments: trailing padding dropped, then per character
 *     char above ' ' right after a non-space   -> the char (CESU-8: each
 *                                                  UTF-16 unit as UTF-8)
 *     char above ' ' after k spaces            -> 0x20, 0xFFFFFFFF-k, char
 *     char below ' ' after k >= 0 spaces       -> 0x01, k, char
 *   and a final 0x1F for "only padding from here on".
 *
 * "Only padding" sorts above every run of spaces followed by a control
 * character and below every run followed by a printable one, exactly as the
 * endless spaces of a padded segment do; more spaces before a printable
 * character sort lower, before a control character higher.
 */
export type KeySegment = {
  readonly field: string;
  /** Characters this field takes in RxDB's indexable string. */
  readonly width: number;
  readonly padded: boolean;
};

const LOW_TOKEN = 0x01;
const END_OF_TEXT = 0x1f;
const SPACE = 0x20;
const MAX_RUN = 0xffffffff;

export function keySegments<RxDocType>(
  schema: RxJsonSchema<RxDocumentData<RxDocType>>,
  fields: readonly string[],
): KeySegment[] {
  return getIndexMeta(schema, [...fields]).map((meta) => {
    const type = meta.schemaPart.type;
    if (type === 'string') {
      return { field: meta.fieldName, width: meta.schemaPart.maxLength ?? 0, padded: true };
    }
    if (type === 'boolean') {
      return { field: meta.fieldName, width: 1, padded: false };
    }
    const lengths = meta.parsedLengths;
    const width = lengths ? lengths.nonDecimals + lengths.decimals : 0;
    return { field: meta.fieldName, width, padded: false };
  });
}

/**
 * Encodes the segment strings of one key, in index order: `parts[order[i]]`
 * is segment i (or `parts[i]` without `order`).
 */
export function encodeSegments(
  parts: readonly string[],
  segments: readonly KeySegment[],
  order?: readonly number[],
): Uint8Array {
  let capacity = 0;
  for (let i = 0; i < segments.length; i++) {
    capacity += (parts[order ? (order[i] as number) : i] ?? '').length * 8 + 1;
  }
  const bytes = Buffer.allocUnsafe(capacity);
  let length = 0;
  for (let i = 0; i < segments.length; i++) {
    const part = parts[order ? (order[i] as number) : i] ?? '';
    length = (segments[i] as KeySegment).padded
      ? writeStringSegment(bytes, length, part)
      : length + bytes.write(part, length, 'latin1');
  }
  return bytes.subarray(0, length);
}

/**
 * Encodes a whole indexable string, such as a query bound from RxDB's
 * `getStartIndexStringFromLowerBound`. Undefined when it does not split into
 * the segments' widths (a bound longer than its field's maxLength): the
 * caller then must not use the index.
 */
export function encodeIndexableString(
  indexable: string,
  segments: readonly KeySegment[],
): Uint8Array | undefined {
  const total = segments.reduce((sum, segment) => sum + segment.width, 0);
  if (indexable.length !== total) {
    return undefined;
  }
  let offset = 0;
  const parts = segments.map((segment) => {
    const part = indexable.slice(offset, offset + segment.width);
    offset += segment.width;
    return part;
  });
  return encodeSegments(parts, segments);
}

function writeStringSegment(bytes: Buffer, start: number, part: string): number {
  let end = part.length;
  while (end > 0 && part.charCodeAt(end - 1) === SPACE) {
    end--;
  }
  let position = start;
  let spaces = 0;
  for (let i = 0; i < end; i++) {
    const unit = part.charCodeAt(i);
    if (unit === SPACE) {
      spaces++;
      continue;
    }
    if (unit < SPACE) {
      bytes[position++] = LOW_TOKEN;
      position = bytes.writeUInt32BE(spaces, position);
      bytes[position++] = unit;
    } else {
      if (spaces > 0) {
        bytes[position++] = SPACE;
        position = bytes.writeUInt32BE(MAX_RUN - spaces, position);
      }
      position = writeCodeUnit(bytes, position, unit);
    }
    spaces = 0;
  }
  bytes[position++] = END_OF_TEXT;
  return position;
}

/** One UTF-16 code unit as UTF-8 bytes (surrogates too): keeps code-unit order. */
function writeCodeUnit(bytes: Buffer, start: number, unit: number): number {
  let position = start;
  if (unit < 0x80) {
    bytes[position++] = unit;
  } else if (unit < 0x800) {
    bytes[position++] = 0xc0 | (unit >> 6);
    bytes[position++] = 0x80 | (unit & 0x3f);
  } else {
    bytes[position++] = 0xe0 | (unit >> 12);
    bytes[position++] = 0x80 | ((unit >> 6) & 0x3f);
    bytes[position++] = 0x80 | (unit & 0x3f);
  }
  return position;
}
