import type { CollectionName } from '../../../../shared/store/layout.ts';
import type { Doc } from '../masterEndpoint.ts';
import { versionId } from './hubEnvelope.ts';

const MAX_REMEMBERED = 200_000;

/**
 * Which documents this node stores in a version the hub does not hold yet
 * (the status's pending changes and lag), and which versions the hub holds
 * (it sent them, or acknowledged them): those are never published again.
 * Keyed by document: only a document's latest version is ever published,
 * and the hub holding an older version does not clear a newer one.
 */
export class HubPending {
  private readonly waiting = new Map<string, { version: string; since: number }>();
  private readonly heldVersions = new Set<string>();
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  get size(): number {
    return this.waiting.size;
  }

  /** A version of a document was stored here (a command, a peer, or the hub). */
  changed(collection: CollectionName, doc: Doc): void {
    const key = documentKey(collection, doc);
    const version = versionId(collection, doc);
    if (this.heldVersions.has(version)) {
      this.waiting.delete(key);
      return;
    }
    if (this.waiting.size >= MAX_REMEMBERED) return;
    this.waiting.set(key, { version, since: this.waiting.get(key)?.since ?? this.now() });
  }

  /** The hub holds this version: it acknowledged our publish, or sent it to us. */
  hubHolds(collection: CollectionName, doc: Doc): void {
    const version = versionId(collection, doc);
    if (this.heldVersions.size >= MAX_REMEMBERED) this.heldVersions.clear();
    this.heldVersions.add(version);
    const key = documentKey(collection, doc);
    if (this.waiting.get(key)?.version === version) this.waiting.delete(key);
  }

  isOnHub(collection: CollectionName, doc: Doc): boolean {
    return this.heldVersions.has(versionId(collection, doc));
  }

  oldestAge(now: number): number {
    let oldest = now;
    for (const { since } of this.waiting.values()) if (since < oldest) oldest = since;
    return now - oldest;
  }
}

/** A record's primary key is its `rid` (`<kind>|<id>`); every other collection's is `id`. */
function documentKey(collection: CollectionName, doc: Doc): string {
  return `${collection}/${String(collection === 'records' ? doc.rid : doc.id)}`;
}
