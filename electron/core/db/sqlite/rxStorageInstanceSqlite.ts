import { categorizeBulkWriteRows, ensureNotFalsy, getPrimaryFieldOfPrimaryKey, now } from 'rxdb';
import type {
  BulkWriteRow,
  EventBulk,
  PreparedQuery,
  RxDocumentData,
  RxJsonSchema,
  RxStorageBulkWriteResponse,
  RxStorageChangeEvent,
  RxStorageCountResult,
  RxStorageDefaultCheckpoint,
  RxStorageInstance,
  RxStorageQueryResult,
} from 'rxdb';
import { Subject } from 'rxjs';
import type { Observable, Subscription } from 'rxjs';
import {
  readAttachmentBlob,
  readAttachmentBodies,
  removeAttachmentsOfDeletedDocs,
  writeAttachmentRows,
} from './attachmentRows.ts';
import type { AttachmentBodies } from './attachmentRows.ts';
import { databaseIsEmpty, dropCollectionTables } from './collectionTables.ts';
import type { CollectionTables } from './collectionTables.ts';
import { forgetCollectionState, releaseCollectionState } from './collectionEvents.ts';
import type { CollectionEventBulk, SharedCollectionState } from './collectionEvents.ts';
import { changedDocumentsSince } from './changedDocuments.ts';
import { collectionCacheKey, documentCache } from './documentCache.ts';
import { findDocumentRows, findDocumentsInDb, upsertDocumentRows } from './documentRows.ts';
import { queryResultJson } from './queryResultJson.ts';
import { runCount, runQuery } from './queryRunner.ts';
import { releaseConnection, statement } from './sqliteConnection.ts';
import type { SqliteConnection } from './sqliteConnection.ts';
import { assertUncachedWrite, outsideBatchTurn, writeAtomically } from './writeBatch.ts';

export type SqliteStorageInternals = {
  readonly filePath: string;
  readonly tableBaseName: string;
};

export type SqliteInstanceOptions = Record<string, never>;

type ChangeBulk<RxDocType> = EventBulk<
  RxStorageChangeEvent<RxDocumentData<RxDocType>>,
  RxStorageDefaultCheckpoint
>;

export type SqliteInstanceParts<RxDocType> = {
  readonly databaseName: string;
  readonly collectionName: string;
  readonly schema: RxJsonSchema<RxDocumentData<RxDocType>>;
  readonly options: SqliteInstanceOptions;
  readonly connection: SqliteConnection;
  readonly tables: CollectionTables<RxDocType>;
  readonly shared: SharedCollectionState;
};

export class RxStorageInstanceSqlite<RxDocType> implements RxStorageInstance<
  RxDocType,
  SqliteStorageInternals,
  SqliteInstanceOptions,
  RxStorageDefaultCheckpoint
> {
  readonly databaseName: string;
  readonly collectionName: string;
  readonly schema: Readonly<RxJsonSchema<RxDocumentData<RxDocType>>>;
  readonly options: Readonly<SqliteInstanceOptions>;
  readonly internals: Readonly<SqliteStorageInternals>;
  readonly primaryPath: string;
  private readonly connection: SqliteConnection;
  private readonly tables: CollectionTables<RxDocType>;
  private readonly shared: SharedCollectionState;
  private readonly cacheKey: string;
  // This instance's view of the shared bus; it completes when this instance closes.
  private readonly changes = new Subject<ChangeBulk<RxDocType>>();
  private readonly sharedChanges: Subscription;
  private closed = false;

  constructor(parts: SqliteInstanceParts<RxDocType>) {
    this.databaseName = parts.databaseName;
    this.collectionName = parts.collectionName;
    this.schema = parts.schema;
    this.options = parts.options;
    this.connection = parts.connection;
    this.tables = parts.tables;
    this.shared = parts.shared;
    this.cacheKey = collectionCacheKey(parts.shared);
    this.sharedChanges = parts.shared.changes.subscribe((bulk) =>
      this.changes.next(bulk as unknown as ChangeBulk<RxDocType>),
    );
    this.internals = { filePath: parts.connection.filePath, tableBaseName: parts.tables.baseName };
    this.primaryPath = getPrimaryFieldOfPrimaryKey(parts.schema.primaryKey) as string;
  }

  async bulkWrite(
    rows: BulkWriteRow<RxDocType>[],
    context: string,
  ): Promise<RxStorageBulkWriteResponse<RxDocType>> {
    this.ensureUsable();
    assertUncachedWrite(this.connection, this.collectionName, context);
    const bodies = this.schema.attachments ? await readAttachmentBodies(rows) : undefined;
    const ids = rows.map(
      (row) => (row.document as Record<string, unknown>)[this.primaryPath] as string,
    );
    documentCache.forget(this.cacheKey, ids);
    // The read-check-write is synchronous: no other write can interleave. Inside
    // a write batch it is a savepoint and its events wait for the batch's COMMIT.
    const { errors } = await writeAtomically(
      this.connection,
      () => {
        this.ensureUsable();
        return this.writeRows(rows, ids, context, bodies);
      },
      ({ bulk }) => {
        if (bulk.events.length > 0) this.shared.changes.next(bulk as CollectionEventBulk);
      },
    );
    return { error: errors };
  }

  private writeRows(
    rows: BulkWriteRow<RxDocType>[],
    ids: string[],
    context: string,
    bodies: AttachmentBodies | undefined,
  ): { bulk: ChangeBulk<RxDocType>; errors: RxStorageBulkWriteResponse<RxDocType>['error'] } {
    const inDb = findDocumentsInDb(this.connection, this.tables, ids);
    const categorized = categorizeBulkWriteRows<RxDocType>(
      this,
      this.primaryPath as never,
      inDb,
      rows,
      context,
    );
    const written = [...categorized.bulkInsertDocs, ...categorized.bulkUpdateDocs].map(
      (row) => row.document,
    );
    upsertDocumentRows(this.connection, this.tables, this.primaryPath, written);
    if (bodies) {
      writeAttachmentRows(this.connection, this.tables, categorized, bodies);
    }
    const bulk = categorized.eventBulk as ChangeBulk<RxDocType>;
    const checkpoint = newestCheckpoint(written, this.primaryPath, this.tables.primaryKeyWidth);
    if (checkpoint) {
      bulk.checkpoint = checkpoint;
    }
    return { bulk, errors: categorized.errors };
  }

  async findDocumentsById(
    ids: string[],
    withDeleted: boolean,
  ): Promise<RxDocumentData<RxDocType>[]> {
    await this.readTurn();
    // Inside a write batch a read may see rows that could still roll back: never cache those.
    if (this.connection.db.isTransaction)
      return findDocumentRows(this.connection, this.tables, ids, withDeleted);
    return documentCache.read(this.cacheKey, ids, withDeleted, this.primaryPath, (missing) =>
      findDocumentRows(this.connection, this.tables, missing, true),
    );
  }

  async query(prepared: PreparedQuery<RxDocType>): Promise<RxStorageQueryResult<RxDocType>> {
    await this.readTurn();
    return runQuery(this.queryContext(), prepared);
  }

  /** The result of `query` as JSON text, for the wire, without holding the parsed documents. */
  queryJson(prepared: PreparedQuery<RxDocType>): string {
    this.ensureUsable();
    return queryResultJson(this.queryContext(), prepared);
  }

  async count(prepared: PreparedQuery<RxDocType>): Promise<RxStorageCountResult> {
    await this.readTurn();
    return runCount(this.queryContext(), prepared);
  }

  async getAttachmentData(documentId: string, attachmentId: string, digest: string): Promise<Blob> {
    await this.readTurn();
    return readAttachmentBlob(this.connection, this.tables, documentId, attachmentId, digest);
  }

  async getChangedDocumentsSince(
    limit: number,
    checkpoint?: RxStorageDefaultCheckpoint,
  ): Promise<{ documents: RxDocumentData<RxDocType>[]; checkpoint: RxStorageDefaultCheckpoint }> {
    await this.readTurn();
    return changedDocumentsSince(this.connection, this.tables, this.schema, limit, checkpoint);
  }

  changeStream(): Observable<ChangeBulk<RxDocType>> {
    this.ensureUsable();
    return this.changes.asObservable();
  }

  async cleanup(minimumDeletedTime: number): Promise<boolean> {
    this.ensureUsable();
    const maxDeletedLwt = now() - minimumDeletedTime;
    documentCache.forgetCollection(this.cacheKey);
    await writeAtomically(
      this.connection,
      () => {
        this.ensureUsable();
        removeAttachmentsOfDeletedDocs(this.connection, this.tables, maxDeletedLwt);
        statement(
          this.connection,
          `DELETE FROM ${this.tables.docs} WHERE deleted = 1 AND lwt <= ?`,
        ).run(maxDeletedLwt);
      },
      () => undefined,
    );
    return true;
  }

  async close(): Promise<void> {
    if (this.closed) {
      return;
    }
    this.closed = true;
    this.sharedChanges.unsubscribe();
    this.changes.complete();
    releaseCollectionState(this.shared);
    if (this.shared.refCount <= 0) documentCache.forgetCollection(this.cacheKey);
    releaseConnection(this.connection);
  }

  async remove(): Promise<void> {
    await this.readTurn();
    documentCache.forgetCollection(this.cacheKey);
    dropCollectionTables(this.connection, this.tables);
    this.connection.isEmpty = () => databaseIsEmpty(this.connection);
    forgetCollectionState(this.shared);
    await this.close();
  }

  private queryContext(): Parameters<typeof runQuery<RxDocType>>[0] {
    return {
      connection: this.connection,
      tables: this.tables,
      schema: ensureNotFalsy(this.schema),
    };
  }

  /**
   * Reads wait while another async context's write batch is open: its rows
   * may still be rolled back. Reads inside the batch see its writes.
   */
  private async readTurn(): Promise<void> {
    const turn = outsideBatchTurn(this.connection);
    if (turn) await turn;
    this.ensureUsable();
  }

  private ensureUsable(): void {
    if (this.closed) {
      throw new Error(
        `Storage of collection ${this.collectionName} in ${this.databaseName} is already closed.`,
      );
    }
    if (this.shared.removed) {
      throw new Error(
        `Collection ${this.collectionName} in ${this.databaseName} has been removed.`,
      );
    }
  }
}

/**
 * The highest (lwt, id) written, in the order of the changes feed (ids
 * compared padded to their maxLength, as in RxDB's index strings), so
 * getChangedDocumentsSince(checkpoint) never returns this bulk again.
 */
function newestCheckpoint<RxDocType>(
  written: readonly RxDocumentData<RxDocType>[],
  primaryPath: string,
  idWidth: number,
): RxStorageDefaultCheckpoint | undefined {
  let newest: RxStorageDefaultCheckpoint | undefined;
  for (const doc of written) {
    const id = (doc as Record<string, unknown>)[primaryPath] as string;
    const lwt = doc._meta.lwt;
    if (
      !newest ||
      lwt > newest.lwt ||
      (lwt === newest.lwt && id.padEnd(idWidth, ' ') > newest.id.padEnd(idWidth, ' '))
    ) {
      newest = { id, lwt };
    }
  }
  return newest;
}
