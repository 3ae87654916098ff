import { clone, type MangoQuery, type RxCollection, type RxDocument } from 'rxdb';
import { filter, map, type Observable } from 'rxjs';
import type { FieldClocks } from '../sync/fieldClocks.ts';
import type { LanternDatabase } from './database.ts';
import { upgradeContent, type KindContent } from './kind.ts';
import { recordsQuery, type KindQuery } from './kindQuery.ts';
import { checkedOnRead } from './kindValidation.ts';
import { lanternKinds, type KindName, type LanternDocs } from './kinds.ts';
import { collectionOfKind } from './layout.ts';
import { recordId, type RecordEnvelope } from './records.ts';

/** A stored document of a kind with the clocks peer sync merges it by. */
export interface StoredKindDocument<K extends KindName> {
  document: LanternDocs[K];
  fieldClocks: FieldClocks | undefined;
}

type AnyDocument = RxDocument<Record<string, unknown>>;
const RXDB_FIELDS = new Set(['_meta', '_rev', '_deleted', '_attachments']);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one code path for every collection's document type
type AnyCollection = RxCollection<any>;

function collection(database: LanternDatabase, kind: KindName): AnyCollection {
  return database.collections[collectionOfKind(kind)] as AnyCollection;
}

export function physicalQuery(kind: KindName, query: KindQuery<unknown>): MangoQuery<unknown> {
  const definition = lanternKinds[kind];
  if (definition.storage.collection === 'records')
    return recordsQuery(definition, query) as MangoQuery<unknown>;
  return query as MangoQuery<unknown>;
}

/**
 * The kind's document out of what the collection stores: the body of a
 * record (brought up to the kind's version) or the document itself, minus
 * its clocks. Copies, so callers may change what they get.
 */
export function storedDocument(
  kind: KindName,
  data: Record<string, unknown>,
): StoredKindDocument<KindName> {
  const definition = lanternKinds[kind];
  if (definition.storage.collection === 'records') {
    const envelope = data as unknown as RecordEnvelope;
    const body = clone(envelope.body) as KindContent;
    return {
      document: upgradeContent(definition, body, envelope.v) as never,
      fieldClocks: envelope.fieldClocks ? { ...envelope.fieldClocks } : undefined,
    };
  }
  const { fieldClocks, ...stored } = clone(data);
  const document = Object.fromEntries(
    Object.entries(stored).filter(([key]) => !RXDB_FIELDS.has(key)),
  );
  return {
    document: document as never,
    fieldClocks: fieldClocks ? (fieldClocks as FieldClocks) : undefined,
  };
}

/** Called with the clocks of every document read (the executor moves its clock past them). */
export type ClockObserver = (fieldClocks: FieldClocks | undefined, hlc: unknown) => void;

function readDocuments<K extends KindName>(
  kind: K,
  found: AnyDocument[],
  observe: ClockObserver | undefined,
): LanternDocs[K][] {
  const documents: LanternDocs[K][] = [];
  for (const doc of found) {
    const stored = storedDocument(kind, doc.toJSON() as Record<string, unknown>);
    observe?.(stored.fieldClocks, (stored.document as Record<string, unknown>).hlc);
    if (checkedOnRead(kind, doc.primary, doc.revision, stored.document))
      documents.push(stored.document as LanternDocs[K]);
  }
  return documents;
}

/**
 * Reads of kinds, whatever collection holds them. Every read is validated
 * against the kind's shape (kindValidation.ts): a document that does not
 * match is left out and reported, never shown half-understood.
 */
export function kindStore(database: LanternDatabase, observe?: ClockObserver) {
  const primary = (kind: KindName, id: string) =>
    lanternKinds[kind].storage.collection === 'records' ? recordId(kind, id) : id;
  return {
    async get<K extends KindName>(kind: K, id: string): Promise<LanternDocs[K] | undefined> {
      const found = await collection(database, kind).findOne(primary(kind, id)).exec();
      return found ? readDocuments(kind, [found as AnyDocument], observe)[0] : undefined;
    },
    /** The document with its field clocks, for the executor's stamping. */
    async getStored<K extends KindName>(
      kind: K,
      id: string,
    ): Promise<StoredKindDocument<K> | undefined> {
      const found = await collection(database, kind).findOne(primary(kind, id)).exec();
      if (!found) return undefined;
      return storedDocument(
        kind,
        (found as AnyDocument).toJSON() as Record<string, unknown>,
      ) as StoredKindDocument<K>;
    },
    async find<K extends KindName>(
      kind: K,
      query: KindQuery<LanternDocs[K]> = {},
    ): Promise<LanternDocs[K][]> {
      const found = await collection(database, kind).find(physicalQuery(kind, query)).exec();
      return readDocuments(kind, found as AnyDocument[], observe);
    },
    async findOne<K extends KindName>(
      kind: K,
      query: KindQuery<LanternDocs[K]> = {},
    ): Promise<LanternDocs[K] | undefined> {
      return (await this.find(kind, { ...query, limit: 1 }))[0];
    },
    async count<K extends KindName>(
      kind: K,
      query: KindQuery<LanternDocs[K]> = {},
    ): Promise<number> {
      return collection(database, kind).count(physicalQuery(kind, query)).exec();
    },
    /** Emits on every stored change of a document of the kind (this node's writes and peers'). */
    changes$(kind: KindName): Observable<unknown> {
      const shared = lanternKinds[kind].storage.collection === 'records';
      return collection(database, kind).$.pipe(
        filter(
          (event: { documentData?: Record<string, unknown> }) =>
            !shared || event.documentData?.kind === kind,
        ),
      );
    },
    /** Live: emits the current documents, then again on every change that affects the query. */
    find$<K extends KindName>(
      kind: K,
      query: KindQuery<LanternDocs[K]> = {},
    ): Observable<LanternDocs[K][]> {
      return collection(database, kind)
        .find(physicalQuery(kind, query))
        .$.pipe(map((found: AnyDocument[]) => readDocuments(kind, found, observe)));
    },
  };
}

export type KindStore = ReturnType<typeof kindStore>;
