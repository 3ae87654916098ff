import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Mutual challenge–response over the TLS connection. Each side sends a fresh
 * random nonce; each proves knowledge of the workspace secret with an HMAC
 * over both nonces, both node ids and the certificate fingerprint of the
 * listening node (so a relay with another certificate cannot pass proofs
 * through). The secret never crosses the wire; a recorded proof is useless
 * on a new connection because the other side's nonce is new.
 *
 * The listener says nothing about itself before the dialler has proved the
 * secret: its hello carries a nonce and the storage layout only, and its node
 * id and name come in the welcome. The dialler's proof therefore binds an
 * empty server node id; the listener's proof binds both.
 */
export const PROTOCOL = 'lantern-sync-2';

export const helloMessage = z
  .object({
    t: z.literal('hello'),
    v: z.literal(2),
    nonce: z.string().length(43),
    /** The storage layout and kind versions (shared/store/layout.ts); absent before layout 2. */
    layout: z.string().max(4000).optional(),
  })
  .strict();
export const authMessage = z
  .object({
    t: z.literal('auth'),
    nodeId: z.string().min(1).max(64),
    name: z.string().max(200),
    nonce: z.string().length(43),
    proof: z.string().length(43),
    layout: z.string().max(4000).optional(),
    /** The dialler's audit public key (PEM), pinned on first use (auditKeyPins.ts). */
    auditKey: z.string().max(400).optional(),
  })
  .strict();
export const welcomeMessage = z
  .object({
    t: z.literal('welcome'),
    proof: z.string().length(43),
    nodeId: z.string().min(1).max(64),
    name: z.string().max(200),
    auditKey: z.string().max(400).optional(),
  })
  .strict();

/** What the dialler's proof binds as the listener's node id: it does not know it yet. */
export const UNKNOWN_SERVER_NODE = '';

/**
 * Peers on different storage layouts or kind versions never sync: each
 * would refuse or misread the other's documents. Says why, naming both.
 */
export function layoutMismatch(ours: string, theirs: string | undefined): string | undefined {
  const peer = theirs ?? 'layout 1 (one collection per kind, before records)';
  if (peer === ours) return undefined;
  return `the peer stores its data in ${peer}; this node uses ${ours}. Upgrade the older node so both run the same Lantern version`;
}

export function newNonce(): string {
  return randomBytes(32).toString('base64url');
}

export interface ProofInput {
  role: 'client' | 'server';
  serverNonce: string;
  clientNonce: string;
  serverFingerprint: string;
  clientNodeId: string;
  serverNodeId: string;
  /** Audit public keys (PEM) each side announces; '' when none (or not known yet). */
  clientKey?: string;
  serverKey?: string;
}

export function proof(secret: string, input: ProofInput): string {
  return createHmac('sha256', secret)
    .update(
      [
        PROTOCOL,
        input.role,
        input.serverNonce,
        input.clientNonce,
        input.serverFingerprint,
        input.clientNodeId,
        input.serverNodeId,
        input.clientKey ?? '',
        input.serverKey ?? '',
      ].join('\n'),
    )
    .digest('base64url');
}

export function proofMatches(secret: string, input: ProofInput, received: string): boolean {
  const expected = Buffer.from(proof(secret, input));
  const actual = Buffer.from(received);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Failed attempts per remote address in a sliding window; over the limit, connections are refused. */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly limit: number;
  private readonly windowMs: number;

  constructor(limit = 5, windowMs = 60_000) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  private recent(address: string, now: number): number[] {
    const kept = (this.failures.get(address) ?? []).filter((at) => now - at < this.windowMs);
    if (kept.length === 0) this.failures.delete(address);
    else this.failures.set(address, kept);
    return kept;
  }

  blocked(address: string, now = Date.now()): boolean {
    return this.recent(address, now).length >= this.limit;
  }

  fail(address: string, now = Date.now()): void {
    this.failures.set(address, [...this.recent(address, now), now]);
  }
}
