/**
 * A stored document's content as the audit trail hashes it: every field
 * except RxDB's bookkeeping (`_rev`, `_meta`, `_attachments`, `_deleted`),
 * which changes without the content changing. The same view RxDB's
 * `toMutableJSON()` gives, so anyone holding an export can recompute it.
 */
const RXDB_FIELDS = new Set(['_rev', '_meta', '_attachments', '_deleted']);

export function documentContent(document: Record<string, unknown>): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const key of Object.keys(document)) {
    if (!RXDB_FIELDS.has(key)) content[key] = document[key];
  }
  return content;
}
