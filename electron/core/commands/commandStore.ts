import { fillObjectDataBeforeInsert, normalizeMangoQuery, prepareQuery } from 'rxdb';
import type { BulkWriteRow, MangoQuery, PreparedQuery, RxCollection, RxDocumentData } from 'rxdb';
import { CommandError } from '../../../shared/commands/errors.ts';
import { documentContent } from '../../../shared/audit/documentContent.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { KindQuery } from '../../../shared/store/kindQuery.ts';
import {
  physicalQuery,
  storedDocument,
  type ClockObserver,
  type StoredKindDocument,
} from '../../../shared/store/kindStore.ts';
import { checkedOnRead } from '../../../shared/store/kindValidation.ts';
import { storedForm, type KindWrite } from '../../../shared/store/kindWrites.ts';
import { isMutableKind, type KindName, type LanternDocs } from '../../../shared/store/kinds.ts';
import {
  collectionOfKind,
  storedInRecords,
  type CollectionName,
} from '../../../shared/store/layout.ts';
import { recordId } from '../../../shared/store/records.ts';
import { documentHash } from '../audit/documentHash.ts';

/**
 * The executor's reads and writes of kinds, made on the collections'
 * storage instances rather than through RxDB's collections (kindStore.ts
 * does the same through RxDB). Inside a write batch they join its
 * transaction, so each plan reads what the commands before it in the same
 * group wrote, although no change event has been emitted yet (RxDB's
 * document and query caches only learn of a write from its event, after
 * COMMIT). Writing below RxDB's collections also keeps rolled-back states
 * out of its document cache, which would otherwise remember them.
 */
export const COMMAND_WRITE_CONTEXT = 'lantern-command';

type AnyCollection = RxCollection<Record<string, unknown>>;
export type StoredDocument = RxDocumentData<Record<string, unknown>>;
/** Stored forms keyed `<kind>/<id>`, deleted ones included. */
export type StoredVersions = Map<string, StoredDocument>;

const primaryOf = (kind: KindName, id: string) => (storedInRecords(kind) ? recordId(kind, id) : id);

export class CommandStore {
  private readonly database: LanternDatabase;
  private readonly observe: ClockObserver | undefined;
  private readonly anyLiveQueries = new Map<KindName, PreparedQuery<unknown>>();

  /** `observe` sees the clocks of every document read (the executor moves its clock past them). */
  constructor(database: LanternDatabase, observe?: ClockObserver) {
    this.database = database;
    this.observe = observe;
  }

  private collection(name: CollectionName): AnyCollection {
    return this.database.collections[name] as unknown as AnyCollection;
  }

  /** The stored form of a kind's document (envelope for records), deleted ones included. */
  async stored(kind: KindName, id: string): Promise<StoredDocument | undefined> {
    const primary = primaryOf(kind, id);
    const [found] = await this.collection(collectionOfKind(kind)).storageInstance.findDocumentsById(
      [primary],
      true,
    );
    return found;
  }

  /** The document with its field clocks, for the executor's stamping. */
  async getStored<K extends KindName>(
    kind: K,
    id: string,
  ): Promise<StoredKindDocument<K> | undefined> {
    const found = await this.stored(kind, id);
    if (!found || found._deleted) return undefined;
    return storedDocument(kind, found) as StoredKindDocument<K>;
  }

  async get<K extends KindName>(kind: K, id: string): Promise<LanternDocs[K] | undefined> {
    const found = await this.stored(kind, id);
    if (!found || found._deleted) return undefined;
    return this.readable(kind, found);
  }

  /** A query as kindStore's `find()` runs it: live documents only, checked against the kind. */
  async find<K extends KindName>(
    kind: K,
    query: KindQuery<LanternDocs[K]> = {},
  ): Promise<LanternDocs[K][]> {
    const collection = this.collection(collectionOfKind(kind));
    const prepared = this.prepared(collection, physicalQuery(kind, query as KindQuery<unknown>));
    const result = await collection.storageInstance.query(prepared);
    const documents: LanternDocs[K][] = [];
    for (const found of result.documents) {
      const document = this.readable(kind, found);
      if (document) documents.push(document);
    }
    return documents;
  }

  /** Whether any live document of the kind exists: counted from an index, nothing parsed. */
  async any(kind: KindName): Promise<boolean> {
    const collection = this.collection(collectionOfKind(kind));
    let prepared = this.anyLiveQueries.get(kind);
    if (!prepared) {
      prepared = this.prepared(collection, physicalQuery(kind, {})) as PreparedQuery<unknown>;
      this.anyLiveQueries.set(kind, prepared);
    }
    const { count } = await collection.storageInstance.count(prepared as never);
    return count > 0;
  }

  /** Stored versions of the documents the writes touch, keyed `<kind>/<id>`. */
  async previousVersions(
    writes: readonly { kind: KindName; document: { id: string } }[],
  ): Promise<StoredVersions> {
    const found: StoredVersions = new Map();
    for (const write of writes) {
      const stored = await this.stored(write.kind, write.document.id);
      if (stored) found.set(`${write.kind}/${write.document.id}`, stored);
    }
    return found;
  }

  /**
   * Writes a command's documents, one bulkWrite per collection in the order
   * the plan listed them; `previous` must hold the stored version of every
   * mutable document written (append-only ones are inserted, and an existing
   * id is refused as a conflict). Returns each written document's content
   * hash keyed `<kind>/<id>`.
   */
  async write(
    writes: readonly KindWrite[],
    previous: StoredVersions,
  ): Promise<Record<string, string>> {
    const hashes: Record<string, string> = {};
    for (const [name, kindWrites] of groupByCollection(writes)) {
      const collection = this.collection(name);
      const rows: BulkWriteRow<Record<string, unknown>>[] = kindWrites.map((write) => {
        const key = `${write.kind}/${String(write.document.id)}`;
        const before = previous.get(key);
        const document = fillObjectDataBeforeInsert(
          collection.schema,
          storedForm(write),
        ) as StoredDocument;
        if (before) document._attachments = before._attachments;
        hashes[key] = documentHash(document);
        return before ? { previous: before, document } : { document };
      });
      const result = await collection.storageInstance.bulkWrite(rows, COMMAND_WRITE_CONTEXT);
      const [error] = result.error;
      const appendOnly = kindWrites.every((write) => !isMutableKind(write.kind));
      if (error && error.status === 409 && appendOnly) {
        throw new CommandError(
          'conflict',
          `${name} entries are append-only; "${error.documentId}" exists`,
        );
      }
      if (error) {
        throw new CommandError('conflict', `Could not store ${name}: ${JSON.stringify(error)}`);
      }
    }
    return hashes;
  }

  /** The content the audit hash covers of a stored document, for verifying (docs/audit.md). */
  async storedContent(kind: string, id: string): Promise<Record<string, unknown> | undefined> {
    const found = await this.stored(kind as KindName, id);
    return found && !found._deleted ? documentContent(found) : undefined;
  }

  private readable<K extends KindName>(kind: K, found: StoredDocument): LanternDocs[K] | undefined {
    const { document, fieldClocks } = storedDocument(kind, found);
    this.observe?.(fieldClocks, (document as Record<string, unknown>).hlc);
    return checkedOnRead(kind, found[this.primaryPath(kind)] as string, found._rev, document)
      ? (document as LanternDocs[K])
      : undefined;
  }

  private primaryPath(kind: KindName): string {
    return this.collection(collectionOfKind(kind)).schema.primaryPath as string;
  }

  /** Live documents only, as RxQuery adds it. */
  private prepared(collection: AnyCollection, query: MangoQuery<unknown>) {
    const schema = collection.schema.jsonSchema;
    const normalized = normalizeMangoQuery(schema, query as MangoQuery<Record<string, unknown>>);
    normalized.selector = { ...normalized.selector, _deleted: { $eq: false } };
    if (normalized.index) normalized.index.unshift('_deleted');
    return prepareQuery(schema, normalized);
  }
}

function groupByCollection(writes: readonly KindWrite[]): Map<CollectionName, KindWrite[]> {
  const byCollection = new Map<CollectionName, KindWrite[]>();
  for (const write of writes) {
    const collection = collectionOfKind(write.kind);
    const group = byCollection.get(collection) ?? [];
    group.push(write);
    byCollection.set(collection, group);
  }
  return byCollection;
}
