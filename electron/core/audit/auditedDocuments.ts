import type { AuditEntryDoc } from '../../../shared/schema/auditEntry.ts';
import { documentHash } from './documentHash.ts';

/** A document an audit entry accounts for that is not stored as recorded. */
export interface AuditedDocumentProblem {
  seq: number;
  /** `<collection>/<id>` */
  document: string;
  reason: 'missing' | 'content differs from its recorded hash' | 'no recorded hash';
}

/** Reads a stored document's content (or its whole stored form) by collection and id. */
export type StoredDocumentLookup = (
  collection: string,
  id: string,
) => Promise<Record<string, unknown> | undefined>;

/**
 * Checks the stored documents against the hashes one node's audit entries
 * recorded (entries in seq order). Every listed document must exist; a
 * mutable document is rewritten by later commands, so its stored content is
 * held against the newest entry that wrote it. Documents changed by a peer's
 * sync are merged versions and do not match a local entry: run this on a
 * node's own writes. Entries from before documentHashes existed are skipped.
 */
export async function verifyAuditedDocuments(
  entries: readonly AuditEntryDoc[],
  lookup: StoredDocumentLookup,
): Promise<AuditedDocumentProblem[]> {
  const newestWriter = new Map<string, AuditEntryDoc>();
  for (const entry of entries) {
    if (!entry.documentHashes) continue;
    for (const key of entry.documentIds) newestWriter.set(key, entry);
  }
  const problems: AuditedDocumentProblem[] = [];
  for (const entry of entries) {
    if (!entry.documentHashes) continue;
    for (const key of entry.documentIds) {
      const problem = await checkDocument(entry, key, newestWriter.get(key) === entry, lookup);
      if (problem) problems.push({ seq: entry.seq, document: key, reason: problem });
    }
  }
  return problems;
}

async function checkDocument(
  entry: AuditEntryDoc,
  key: string,
  newest: boolean,
  lookup: StoredDocumentLookup,
): Promise<AuditedDocumentProblem['reason'] | undefined> {
  const recorded = entry.documentHashes?.[key];
  if (!recorded) return 'no recorded hash';
  const slash = key.indexOf('/');
  const stored = await lookup(key.slice(0, slash), key.slice(slash + 1));
  if (!stored) return 'missing';
  if (newest && documentHash(stored) !== recorded) return 'content differs from its recorded hash';
  return undefined;
}
