/**
 * Canonical JSON: object keys sorted, no whitespace. Two parties hashing the
 * same value get the same bytes, which the audit hash chain relies on.
 * Built as one string without intermediate arrays: every command hashes its
 * documents and its audit entry with it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new TypeError('Non-finite number in audit data');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index++) {
      if (index > 0) out += ',';
      out += canonicalJson(value[index]);
    }
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  // The default sort orders strings by UTF-16 code unit.
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    if (out.length > 1) out += ',';
    out += JSON.stringify(key) + ':' + canonicalJson(member);
  }
  return out + '}';
}
