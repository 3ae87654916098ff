import { fillObjectDataBeforeInsert, normalizeMangoQuery, prepareQuery } from 'rxdb';
import type { BulkWriteRow, MangoQuery, PreparedQuery, RxCollection, RxDocumentData } from 'rxdb';
import type { DocumentWrite } from '../../../shared/commands/command.ts';
import { CommandError } from '../../../shared/commands/errors.ts';
import { documentContent } from '../../../shared/audit/documentContent.ts';
import {
  isMutableCollection,
  type CollectionName,
  type LanternDatabase,
} from '../../../shared/schema/collections.ts';
import { documentHash } from '../audit/documentHash.ts';

/**
 * The executor's reads and writes, made on the collections' storage
 * instances rather than through RxDB's collections. Inside a write batch
 * they join its transaction, so each plan reads what the commands before it
 * in the same group wrote, although no change event has been emitted yet
 * (RxDB's document and query caches only learn of a write from its event,
 * after COMMIT). Writing below RxDB's collections also keeps rolled-back
 * states out of its document cache, which would otherwise remember them.
 */
export const COMMAND_WRITE_CONTEXT = 'lantern-command';

type AnyCollection = RxCollection<Record<string, unknown>>;
type StoredDocument = RxDocumentData<Record<string, unknown>>;

export class CommandStore {
  private readonly database: LanternDatabase;
  private readonly anyLiveQueries = new Map<CollectionName, PreparedQuery<unknown>>();

  constructor(database: LanternDatabase) {
    this.database = database;
  }

  private collection(name: CollectionName): AnyCollection {
    return this.database[name] as unknown as AnyCollection;
  }

  /** Stored documents by id, deleted ones included (a write must name them as `previous`). */
  async stored(name: CollectionName, ids: readonly string[]): Promise<Map<string, StoredDocument>> {
    const collection = this.collection(name);
    const docs = await collection.storageInstance.findDocumentsById([...ids], true);
    const primaryPath = collection.schema.primaryPath as string;
    return new Map(docs.map((doc) => [doc[primaryPath] as string, doc]));
  }

  async get(name: CollectionName, id: string): Promise<Record<string, unknown> | undefined> {
    const doc = (await this.stored(name, [id])).get(id);
    return doc && !doc._deleted ? documentContent(doc) : undefined;
  }

  /** Whether the collection holds any live document: counted from an index, nothing parsed. */
  async any(name: CollectionName): Promise<boolean> {
    const collection = this.collection(name);
    let prepared = this.anyLiveQueries.get(name);
    if (!prepared) {
      prepared = this.prepared(collection, { selector: {} }) as PreparedQuery<unknown>;
      this.anyLiveQueries.set(name, prepared);
    }
    const { count } = await collection.storageInstance.count(prepared as never);
    return count > 0;
  }

  /** A query as RxDB's `find()` runs it: live documents only, sorted by primary key by default. */
  async find(
    name: CollectionName,
    query: MangoQuery<Record<string, unknown>>,
  ): Promise<Record<string, unknown>[]> {
    const collection = this.collection(name);
    const result = await collection.storageInstance.query(this.prepared(collection, query));
    return result.documents.map((doc) => documentContent(doc));
  }

  /** Live documents only, as RxQuery adds it. */
  private prepared(collection: AnyCollection, query: MangoQuery<Record<string, unknown>>) {
    const schema = collection.schema.jsonSchema;
    const normalized = normalizeMangoQuery(schema, query);
    normalized.selector = { ...normalized.selector, _deleted: { $eq: false } };
    if (normalized.index) normalized.index.unshift('_deleted');
    return prepareQuery(schema, normalized);
  }

  /**
   * Writes a command's documents, one bulkWrite per collection in the order
   * the plan listed them; `previous` must hold the stored version of every
   * mutable document written (append-only ones are inserted, and an existing
   * id is refused as a conflict). Returns each written document's content hash
   * keyed `<collection>/<id>`.
   */
  async write(
    writes: readonly DocumentWrite[],
    previous: ReadonlyMap<string, StoredDocument>,
  ): Promise<Record<string, string>> {
    const hashes: Record<string, string> = {};
    for (const [name, documents] of groupByCollection(writes)) {
      const collection = this.collection(name);
      const rows: BulkWriteRow<Record<string, unknown>>[] = documents.map((content) => {
        const key = `${name}/${content.id as string}`;
        const before = previous.get(key);
        const document = fillObjectDataBeforeInsert(collection.schema, content) as StoredDocument;
        if (before) document._attachments = before._attachments;
        hashes[key] = documentHash(document);
        return before ? { previous: before, document } : { document };
      });
      const result = await collection.storageInstance.bulkWrite(rows, COMMAND_WRITE_CONTEXT);
      const [error] = result.error;
      if (error && error.status === 409 && !isMutableCollection(name)) {
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

  /** Stored versions of every document the writes touch, keyed `<collection>/<id>`. */
  async previousVersions(writes: readonly DocumentWrite[]): Promise<Map<string, StoredDocument>> {
    const found = new Map<string, StoredDocument>();
    for (const [name, documents] of groupByCollection(writes)) {
      const stored = await this.stored(
        name,
        documents.map((doc) => doc.id as string),
      );
      for (const [id, doc] of stored) found.set(`${name}/${id}`, doc);
    }
    return found;
  }
}

function groupByCollection(
  writes: readonly DocumentWrite[],
): Map<CollectionName, Record<string, unknown>[]> {
  const byCollection = new Map<CollectionName, Record<string, unknown>[]>();
  for (const write of writes) {
    const documents = byCollection.get(write.collection) ?? [];
    documents.push(write.document as unknown as Record<string, unknown>);
    byCollection.set(write.collection, documents);
  }
  return byCollection;
}
