// Which audit key signs which node's entries. Each node announces its audit
// public key in the sync handshake (covered by the handshake's HMAC); the
// first key seen for a node id is pinned in the data folder, like
// certificate fingerprints, and a later different key for the same id is
// refused. Audit entries from a pinned node are verified against its key
// (peerAcceptance.ts); this node's own key is always known.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomicWrite.ts';

const PINS_FILE = 'sync-audit-keys.json';

export type PinOutcome = 'pinned' | 'known' | 'different' | 'unreadable';

export class AuditKeyPins {
  private readonly path: string;
  private readonly pems: Record<string, string>;
  private readonly keys = new Map<string, KeyObject>();

  constructor(dataDir: string, own: { nodeId: string; auditKey?: string }) {
    this.path = join(dataDir, PINS_FILE);
    this.pems = existsSync(this.path)
      ? (JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, string>)
      : {};
    if (own.auditKey) this.pems[own.nodeId] = own.auditKey;
  }

  /** Pin the key a peer announced for its node id, or say why it cannot be. */
  pin(nodeId: string, pem: string): PinOutcome {
    const known = this.pems[nodeId];
    if (known !== undefined) return known === pem ? 'known' : 'different';
    if (!readKey(pem)) return 'unreadable';
    this.pems[nodeId] = pem;
    writeFileAtomic(this.path, JSON.stringify(this.pems, null, 2));
    return 'pinned';
  }

  keyOf(nodeId: string): KeyObject | undefined {
    const cached = this.keys.get(nodeId);
    if (cached) return cached;
    const pem = this.pems[nodeId];
    const key = pem ? readKey(pem) : undefined;
    if (key) this.keys.set(nodeId, key);
    return key;
  }
}

function readKey(pem: string): KeyObject | undefined {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}
