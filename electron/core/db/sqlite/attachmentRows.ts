import type { BulkWriteRow, CategorizeBulkWriteRowsOutput } from 'rxdb';
import type { CollectionTables } from './collectionTables.ts';
import { statement } from './sqliteConnection.ts';
import type { SqliteConnection } from './sqliteConnection.ts';

/** Attachment bodies read from their Blobs before the (synchronous) write transaction starts. */
export type AttachmentBodies = Map<Blob | string, Uint8Array>;

export async function readAttachmentBodies<RxDocType>(
  rows: readonly BulkWriteRow<RxDocType>[],
): Promise<AttachmentBodies> {
  const bodies: AttachmentBodies = new Map();
  const reads: Promise<void>[] = [];
  for (const row of rows) {
    for (const attachment of Object.values(row.document._attachments ?? {})) {
      const data = (attachment as { data?: unknown }).data;
      if (typeof data === 'string') {
        // Older callers hand over base64 strings instead of Blobs.
        bodies.set(data, Buffer.from(data, 'base64'));
      } else if (data instanceof Blob && !bodies.has(data)) {
        bodies.set(data, new Uint8Array());
        reads.push(
          data.arrayBuffer().then((buffer) => void bodies.set(data, new Uint8Array(buffer))),
        );
      }
    }
  }
  await Promise.all(reads);
  return bodies;
}

export function writeAttachmentRows<RxDocType>(
  connection: SqliteConnection,
  tables: CollectionTables<RxDocType>,
  categorized: CategorizeBulkWriteRowsOutput<RxDocType>,
  bodies: AttachmentBodies,
): void {
  const put = statement(
    connection,
    `INSERT OR REPLACE INTO ${tables.attachments} (doc_id, attachment_id, digest, type, data) VALUES (?, ?, ?, ?, ?)`,
  );
  for (const attachment of [...categorized.attachmentsAdd, ...categorized.attachmentsUpdate]) {
    const body = bodies.get(attachment.attachmentData.data);
    if (!body) {
      throw new Error(
        `Attachment ${attachment.attachmentId} of ${attachment.documentId} has no readable data.`,
      );
    }
    put.run(
      attachment.documentId,
      attachment.attachmentId,
      attachment.digest,
      attachment.attachmentData.type,
      body,
    );
  }
  const remove = statement(
    connection,
    `DELETE FROM ${tables.attachments} WHERE doc_id = ? AND attachment_id = ?`,
  );
  for (const attachment of categorized.attachmentsRemove) {
    remove.run(attachment.documentId, attachment.attachmentId);
  }
}

export function readAttachmentBlob<RxDocType>(
  connection: SqliteConnection,
  tables: CollectionTables<RxDocType>,
  documentId: string,
  attachmentId: string,
  digest: string,
): Blob {
  const row = statement(
    connection,
    `SELECT digest, type, data FROM ${tables.attachments} WHERE doc_id = ? AND attachment_id = ?`,
  ).get(documentId, attachmentId);
  if (!row || row['digest'] !== digest) {
    throw new Error(
      `Attachment ${attachmentId} of document ${documentId} does not exist (digest ${digest}).`,
    );
  }
  return new Blob([row['data'] as Uint8Array<ArrayBuffer>], { type: row['type'] as string });
}

export function removeAttachmentsOfDeletedDocs<RxDocType>(
  connection: SqliteConnection,
  tables: CollectionTables<RxDocType>,
  maxDeletedLwt: number,
): void {
  statement(
    connection,
    `DELETE FROM ${tables.attachments} WHERE doc_id IN (SELECT id FROM ${tables.docs} WHERE deleted = 1 AND lwt <= ?)`,
  ).run(maxDeletedLwt);
}
