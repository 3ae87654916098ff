import type { KeyObject } from 'node:crypto';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { AuditEntryDoc } from '../../../shared/schema/auditEntry.ts';
import { GENESIS_HASH, sealAuditEntry } from './auditRecord.ts';

export interface AuditAppend {
  at: string;
  hlc: string;
  actorId: string;
  command: string;
  input: Record<string, unknown>;
  documentIds: string[];
}

/** This node's hash chain of executed commands. Callers serialise appends. */
export class AuditLog {
  private readonly database: LanternDatabase;
  private readonly nodeId: string;
  private readonly privateKey: KeyObject;
  private head: { seq: number; hash: string } | undefined;

  constructor(database: LanternDatabase, nodeId: string, privateKey: KeyObject) {
    this.database = database;
    this.nodeId = nodeId;
    this.privateKey = privateKey;
  }

  async append(entry: AuditAppend): Promise<AuditEntryDoc> {
    const head = await this.loadHead();
    const seq = head.seq + 1;
    const sealed = sealAuditEntry(
      {
        id: `${this.nodeId}:${String(seq).padStart(12, '0')}`,
        nodeId: this.nodeId,
        seq,
        prevHash: head.hash,
        ...entry,
      },
      this.privateKey,
    );
    await this.database.audit.insert(sealed);
    this.head = { seq, hash: sealed.hash };
    return sealed;
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

  private async loadHead(): Promise<{ seq: number; hash: string }> {
    if (this.head) return this.head;
    const last = await this.database.audit
      .findOne({ selector: { nodeId: this.nodeId }, sort: [{ nodeId: 'desc' }, { seq: 'desc' }] })
      .exec();
    this.head = last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
    return this.head;
  }
}
