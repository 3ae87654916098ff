import type { RxDocumentData } from 'rxdb';

/**
 * A process-wide, bounded cache of parsed documents read by id, least
 * recently used out first. Reads by id repeat (the incident every command
 * and every window asks for), and parsing the same JSON again is the larger
 * part of such a read; the bound keeps a long session from holding the
 * database in memory twice.
 *
 * Every write to a collection goes through its storage instance's
 * bulkWrite, which forgets the ids it wrote (replication writes too), so a
 * cached document is always the stored one. Documents handed out are shared:
 * like RxDB's memory storage, callers treat storage results as read-only.
 */
export const DOCUMENT_CACHE_CAPACITY = 1_000;

type CachedDocument = RxDocumentData<unknown>;

export class DocumentCache {
  private readonly entries = new Map<string, CachedDocument>();
  hits = 0;
  misses = 0;

  readonly capacity: number;

  constructor(capacity: number = DOCUMENT_CACHE_CAPACITY) {
    this.capacity = capacity;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Documents by id: cached ones from memory, the rest from `load` (which
   * returns them whether deleted or not), remembered for the next read.
   */
  read<RxDocType>(
    collectionKey: string,
    ids: readonly string[],
    withDeleted: boolean,
    primaryPath: string,
    load: (ids: string[]) => RxDocumentData<RxDocType>[],
  ): RxDocumentData<RxDocType>[] {
    const found: RxDocumentData<RxDocType>[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const cached = this.take(entryKey(collectionKey, id));
      if (cached) found.push(cached as RxDocumentData<RxDocType>);
      else missing.push(id);
    }
    this.hits += found.length;
    this.misses += missing.length;
    if (missing.length > 0)
      for (const document of load(missing)) {
        const id = (document as Record<string, unknown>)[primaryPath] as string;
        this.remember(entryKey(collectionKey, id), document as CachedDocument);
        found.push(document);
      }
    return withDeleted ? found : found.filter((document) => !document._deleted);
  }

  /** After a write (committed or not): the next read of these ids goes to the database. */
  forget(collectionKey: string, ids: readonly string[]): void {
    for (const id of ids) this.entries.delete(entryKey(collectionKey, id));
  }

  /** After cleanup or remove, which delete rows without a bulkWrite. */
  forgetCollection(collectionKey: string): void {
    const prefix = `${collectionKey}\n`;
    for (const key of [...this.entries.keys()])
      if (key.startsWith(prefix)) this.entries.delete(key);
  }

  private take(key: string): CachedDocument | undefined {
    const cached = this.entries.get(key);
    if (cached) {
      // Map keeps insertion order: re-inserting marks it most recently used.
      this.entries.delete(key);
      this.entries.set(key, cached);
    }
    return cached;
  }

  private remember(key: string, document: CachedDocument): void {
    if (this.capacity <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, document);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}

const generations = new WeakMap<object, string>();
let nextGeneration = 0;

/**
 * The cache key of one opened collection: the shared state object of its
 * instances, not its file path, so a database file deleted and created again
 * under the same name never sees documents cached from the old one.
 */
export function collectionCacheKey(shared: object): string {
  let key = generations.get(shared);
  if (!key) {
    key = String((nextGeneration += 1));
    generations.set(shared, key);
  }
  return key;
}

function entryKey(collectionKey: string, id: string): string {
  return `${collectionKey}\n${id}`;
}

/** The one cache of the process; its capacity bounds the memory reads by id may hold. */
export const documentCache = new DocumentCache();
