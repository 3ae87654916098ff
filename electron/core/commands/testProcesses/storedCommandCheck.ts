import type { KeyObject } from 'node:crypto';
import type { LanternDatabase } from '../../../../shared/store/database.ts';
import { kindStore } from '../../../../shared/store/kindStore.ts';
import { CommandStore } from '../commandStore.ts';
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
  const store = new CommandStore(database);
  const kinds = kindStore(database);
  const stored = [
    ...(await kinds.find('timeline')).map((doc) => `timeline/${doc.id}`),
    ...(await kinds.find('incidents')).map((doc) => `incidents/${doc.id}`),
  ];
  return {
    entries: entries.length,
    chain: verifyAuditChain(entries, publicKey, true),
    documentProblems: await verifyAuditedDocuments(entries, (kind, id) =>
      store.storedContent(kind, id),
    ),
    unaudited: stored.filter((key) => !audited.has(key)),
    lostAcknowledged: acknowledged.filter((id) => !audited.has(`timeline/${id}`)),
  };
}
