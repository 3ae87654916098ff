import type { KeyObject } from 'node:crypto';
import type { LanternDatabase } from '../../../../shared/schema/collections.ts';
import type { AuditLog } from '../../audit/auditLog.ts';
import { verifyAuditedDocuments } from '../../audit/auditedDocuments.ts';
import { verifyAuditChain } from '../../audit/auditRecord.ts';

/** What the crash test requires of a data folder after every restart. */
export interface StoredCommandReport {
  entries: number;
  chain: ReturnType<typeof verifyAuditChain>;
  /** Audit entries whose documents are missing or not as recorded. */
  documentProblems: Awaited<ReturnType<typeof verifyAuditedDocuments>>;
  /** Stored timeline entries and incidents no audit entry accounts for. */
  unaudited: string[];
  /** Timeline entries a caller was told about that are not stored with an audit entry. */
  lostAcknowledged: string[];
}

export async function verifyStoredCommands(
  database: LanternDatabase,
  audit: AuditLog,
  publicKey: KeyObject,
  acknowledged: readonly string[],
): Promise<StoredCommandReport> {
  const entries = await audit.entries(1, 1_000_000);
  const audited = new Set(entries.flatMap((entry) => entry.documentIds));
  const lookup = async (collection: string, id: string) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any collection by name
    ((await (database as any)[collection].findOne(id).exec())?.toMutableJSON() as
      Record<string, unknown> | undefined) ?? undefined;
  const stored = [
    ...(await database.timeline.find().exec()).map((doc) => `timeline/${doc.id}`),
    ...(await database.incidents.find().exec()).map((doc) => `incidents/${doc.id}`),
  ];
  return {
    entries: entries.length,
    chain: verifyAuditChain(entries, publicKey, true),
    documentProblems: await verifyAuditedDocuments(entries, lookup),
    unaudited: stored.filter((key) => !audited.has(key)),
    lostAcknowledged: acknowledged.filter((id) => !audited.has(`timeline/${id}`)),
  };
}
