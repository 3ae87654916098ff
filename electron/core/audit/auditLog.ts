import type { KeyObject } from 'node:crypto';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { AuditEntryDoc } from '../../../shared/schema/auditEntry.ts';
import { CommandStore } from '../commands/commandStore.ts';
import { GENESIS_HASH, sealAuditEntry } from './auditRecord.ts';

export interface AuditAppend {
  at: string;
  hlc: string;
  actorId: string;
  command: string;
  input: Record<string, unknown>;
  documentIds: string[];
  /** `<collection>/<id>` → SHA-256 of the content the command stored (docs/audit.md). */
  documentHashes: Record<string, string>;
}

type Head = { seq: number; hash: string };

/**
 * This node's hash chain of executed commands. The executor seals the next
 * entry, writes it in the command's transaction and moves the head only
 * once that write can no longer be rolled back alone, so a command that
 * rolls back never leaves a gap or a fork. Callers serialise seals.
 */
export class AuditLog {
  private readonly database: LanternDatabase;
  private readonly store: CommandStore;
  private readonly nodeId: string;
  private readonly privateKey: KeyObject;
  private head: Head | undefined;

  constructor(database: LanternDatabase, nodeId: string, privateKey: KeyObject) {
    this.database = database;
    this.store = new CommandStore(database);
    this.nodeId = nodeId;
    this.privateKey = privateKey;
  }

  /** The entry after the current head, signed; not stored and the head not moved. */
  async seal(entry: AuditAppend): Promise<AuditEntryDoc> {
    const head = await this.loadHead();
    const seq = head.seq + 1;
    return sealAuditEntry(
      {
        id: `${this.nodeId}:${String(seq).padStart(12, '0')}`,
        nodeId: this.nodeId,
        seq,
        prevHash: head.hash,
        ...entry,
      },
      this.privateKey,
    );
  }

  /** The sealed entry is written and its command kept: the next seal follows it. */
  advance(sealed: AuditEntryDoc): void {
    this.head = { seq: sealed.seq, hash: sealed.hash };
  }

  /** The transaction holding advanced entries failed to commit: read the head again. */
  forgetHead(): void {
    this.head = undefined;
  }

  /** Entries of this node's chain in order, for export and verification. */
  async entries(fromSeq = 1, limit = 10_000): Promise<AuditEntryDoc[]> {
    const docs = await this.database.audit
      .find({
        selector: { nodeId: this.nodeId, seq: { $gte: fromSeq } },
        sort: [{ nodeId: 'asc' }, { seq: 'asc' }],
        limit,
      })
      .exec();
    return docs.map((d) => d.toMutableJSON());
  }

  private async loadHead(): Promise<Head> {
    if (this.head) return this.head;
    const [last] = await this.store.find('audit', {
      selector: { nodeId: this.nodeId },
      sort: [{ nodeId: 'desc' }, { seq: 'desc' }],
      limit: 1,
    });
    this.head = last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
    return this.head;
  }
}
