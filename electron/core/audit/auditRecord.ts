import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../../shared/audit/canonicalJson.ts';
import type { AuditEntryDoc } from '../../../shared/schema/auditEntry.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields covered by an audit entry's hash (everything but hash and signature). */
export type AuditBody = Omit<AuditEntryDoc, 'hash' | 'signature'>;

export function hashAuditBody(body: AuditBody): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

export function sealAuditEntry(body: AuditBody, privateKey: KeyObject): AuditEntryDoc {
  const hash = hashAuditBody(body);
  const signature = sign(null, Buffer.from(hash, 'hex'), privateKey).toString('base64');
  return { ...body, hash, signature };
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first entry that fails, and why. */
  failure?: { seq: number; reason: string };
}

/**
 * Verify one node's chain (entries sorted by seq). A range exported from the
 * middle verifies from its first entry's prevHash; pass `expectGenesis` to
 * insist the chain starts at the beginning.
 */
export function verifyAuditChain(
  entries: AuditEntryDoc[],
  publicKey: KeyObject,
  expectGenesis = false,
): AuditVerification {
  let previous: AuditEntryDoc | undefined;
  for (const entry of entries) {
    const { hash, signature, ...body } = entry;
    const fail = (reason: string): AuditVerification => ({
      ok: false,
      checked: entries.indexOf(entry),
      failure: { seq: entry.seq, reason },
    });
    if (previous && entry.seq !== previous.seq + 1)
      return fail(`sequence gap after ${previous.seq}`);
    if (previous && entry.prevHash !== previous.hash)
      return fail('prevHash does not match the previous entry');
    if (!previous && expectGenesis && (entry.seq !== 1 || entry.prevHash !== GENESIS_HASH))
      return fail('chain does not start at genesis');
    if (hashAuditBody(body) !== hash) return fail('content does not match its hash');
    if (!verify(null, Buffer.from(hash, 'hex'), publicKey, Buffer.from(signature, 'base64')))
      return fail('signature is not valid for this node key');
    previous = entry;
  }
  return { ok: true, checked: entries.length };
}
