import type { CollectionName } from '../../../../shared/store/layout.ts';
import type { Doc } from '../masterEndpoint.ts';
import { versionId } from './hubEnvelope.ts';

const MAX_REMEMBERED = 200_000;

/**
 * Which documents this node changed that the hub does not hold yet (the
 * status's pending changes and lag), and which versions came from the hub
 * (so they are not published back). Keyed by document: only a document's
 * latest version is ever published, and the acknowledgement of an older
 * version does not clear a newer one.
 */
export class HubPending {
  private readonly waiting = new Map<string, { version: string; since: number }>();
  private readonly fromHubVersions = new Set<string>();
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  get size(): number {
    return this.waiting.size;
  }

  /** A version of a document was stored here (a command, a peer, or the hub). */
  changed(collection: CollectionName, doc: Doc, primaryPath: string): void {
    const key = `${collection}/${String(doc[primaryPath])}`;
    const version = versionId(collection, doc);
    if (this.fromHubVersions.has(version)) {
      this.waiting.delete(key);
      return;
    }
    if (this.waiting.size >= MAX_REMEMBERED) return;
    this.waiting.set(key, { version, since: this.waiting.get(key)?.since ?? this.now() });
  }

  acknowledged(collection: CollectionName, doc: Doc): void {
    const primary = collection === 'records' ? doc.rid : doc.id;
    const key = `${collection}/${String(primary)}`;
    if (this.waiting.get(key)?.version === versionId(collection, doc)) this.waiting.delete(key);
  }

  received(version: string): void {
    if (this.fromHubVersions.size >= MAX_REMEMBERED) this.fromHubVersions.clear();
    this.fromHubVersions.add(version);
  }

  fromHub(version: string): boolean {
    return this.fromHubVersions.has(version);
  }

  oldestAge(now: number): number {
    let oldest = now;
    for (const { since } of this.waiting.values()) if (since < oldest) oldest = since;
    return now - oldest;
  }
}
