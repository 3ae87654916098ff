// What a peer may write here. Every node holding the workspace secret can
// connect, so knowing the secret cannot be enough to write anything: a
// pushed or pulled document is refused, and its sender quarantined, when it
// - deletes a document (no Lantern command deletes; only a forged write does);
// - adds to this node's own append-only history (its audit chain, its
//   timeline entries): this node is the only writer of those;
// - carries a clock more than five minutes ahead of this node's wall
//   clock, or a counter near overflow (either would win every merge, or stop
//   every command here until the wall clock caught up);
// - claims an author node its own clock does not name, or a time far from
//   the clock that ordered it (back-dated timeline entries);
// - is an audit entry whose id, hash or signature does not hold (the
//   signature when this node knows the author's key, docs/security.md).
import { verify, type KeyObject } from 'node:crypto';
import type { AuditEntryDoc } from '../../../shared/schema/auditEntry.ts';
import type { CollectionName } from '../../../shared/store/layout.ts';
import { isAppendOnlyDocument } from '../../../shared/store/collectionConflicts.ts';
import { decodeHlc, HlcError } from '../../../shared/time/hlc.ts';
import { hashAuditBody } from '../audit/auditRecord.ts';
import { documentContent } from './syncDocuments.ts';

type Doc = Record<string, unknown>;

/**
 * How far ahead of this node's wall clock a peer's clock may run. Every HLC
 * is at most the fastest node's wall clock, so peers whose clocks agree
 * within this bound never trip it; a peer further ahead is quarantined and
 * named on the Sync screen (fix its clock). It also bounds how long a
 * hostile clock can win merges.
 */
export const MAX_PEER_CLOCK_LEAD_MS = 5 * 60_000;
/** Counters this high only come from a peer trying to overflow ours (HLC counters reset every ms). */
export const MAX_PEER_CLOCK_COUNTER = 100_000;
/**
 * How far an entry's shown time may lie from the wall time of its own clock:
 * the clock runs ahead of the wall by at most the lead it followed.
 */
export const MAX_TIME_DRIFT_MS = MAX_PEER_CLOCK_LEAD_MS + 60_000;

export interface AcceptanceContext {
  ownNodeId: string;
  now: number;
  /** The author's audit key, when this node knows it. */
  publicKeyOf?: (nodeId: string) => KeyObject | undefined;
}

/** Why this document may not come from a peer (and the peer is quarantined), or undefined. */
export function peerViolation(
  collection: CollectionName,
  doc: Doc,
  context: AcceptanceContext,
): string | undefined {
  if (doc._deleted === true) return 'a deletion: no Lantern command deletes, so no peer may';
  const clockIssue = clocksOf(doc)
    .map((clock) => clockViolation(clock, context.now))
    .find(Boolean);
  if (clockIssue) return clockIssue;
  const authorIssue = authorViolation(doc);
  if (authorIssue) return authorIssue;
  if (collection === 'audit') return auditViolation(doc as AuditEntryDoc, context);
  return undefined;
}

/** An append-only document this node wrote itself: only this node may add those. */
export function isOwnHistory(collection: CollectionName, doc: Doc, ownNodeId: string): boolean {
  return doc.nodeId === ownNodeId && isAppendOnlyDocument(collection, doc);
}

function clocksOf(doc: Doc): unknown[] {
  const clocks: unknown[] = [];
  const collect = (part: unknown): void => {
    if (!part || typeof part !== 'object') return;
    const record = part as Doc;
    if (record.hlc !== undefined) clocks.push(record.hlc);
    const fieldClocks = record.fieldClocks;
    if (fieldClocks && typeof fieldClocks === 'object') clocks.push(...Object.values(fieldClocks));
  };
  collect(doc);
  collect(doc.body);
  return clocks;
}

function clockViolation(clock: unknown, now: number): string | undefined {
  if (typeof clock !== 'string') return undefined; // shape checks (syncDocuments.ts) refuse these
  try {
    const { wallMs, counter } = decodeHlc(clock);
    if (wallMs - now > MAX_PEER_CLOCK_LEAD_MS)
      return `a clock ${Math.round((wallMs - now) / 60_000)} min ahead of this node (${clock}); peers may lead by ${MAX_PEER_CLOCK_LEAD_MS / 60_000} min at most`;
    if (counter > MAX_PEER_CLOCK_COUNTER) return `a clock counter near overflow (${clock})`;
  } catch (error) {
    if (error instanceof HlcError) return undefined;
    throw error;
  }
  return undefined;
}

/** Entries name the node that wrote them; their clock must name the same node and time. */
function authorViolation(doc: Doc): string | undefined {
  if (typeof doc.nodeId !== 'string' || typeof doc.hlc !== 'string') return undefined;
  let stamp;
  try {
    stamp = decodeHlc(doc.hlc);
  } catch {
    return undefined;
  }
  if (stamp.nodeId !== doc.nodeId)
    return `written by ${doc.nodeId} but ordered by ${stamp.nodeId}'s clock`;
  if (typeof doc.at === 'string') {
    const drift = Math.abs(Date.parse(doc.at) - stamp.wallMs);
    if (!(drift <= MAX_TIME_DRIFT_MS))
      return `its time ${doc.at} is ${Math.round(drift / 60_000)} min from its clock (back- or forward-dated)`;
  }
  return undefined;
}

function auditViolation(entry: AuditEntryDoc, context: AcceptanceContext): string | undefined {
  if (entry.id !== `${entry.nodeId}:${String(entry.seq).padStart(12, '0')}`)
    return `an audit entry whose id ${entry.id} is not its node and sequence`;
  const { hash, signature, ...body } = documentContent(entry) as AuditEntryDoc;
  if (hashAuditBody(body) !== hash) return 'an audit entry whose content does not match its hash';
  const key = context.publicKeyOf?.(entry.nodeId);
  if (key && !verify(null, Buffer.from(hash, 'hex'), key, Buffer.from(signature, 'base64')))
    return `an audit entry not signed by ${entry.nodeId}'s key`;
  return undefined;
}
