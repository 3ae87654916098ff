import type { RxConflictHandler } from 'rxdb';
import { appendOnlyConflictHandler, fieldMergeConflictHandler } from '../sync/conflictHandlers.ts';
import { mergeDocuments, sameDocument, type FieldClocks } from '../sync/fieldClocks.ts';
import { mergeRuleFor } from '../sync/mergeRules.ts';
import { isKindName, isMutableKind, lanternKinds } from './kinds.ts';
import { isAppendOnlyCollection, type CollectionName } from './layout.ts';
import { wrapRecord, type RecordEnvelope } from './records.ts';

type Doc = Record<string, unknown>;

/**
 * Two versions of one record: append-only kinds keep the master's, mutable
 * kinds merge their bodies field by field (fieldClocks.ts) and the envelope
 * is rebuilt from the merged body, so its columns always match it.
 */
function mergeRecords(master: RecordEnvelope, incoming: RecordEnvelope): RecordEnvelope {
  if (!isKindName(master.kind) || !isMutableKind(master.kind)) return master;
  const merged = mergeDocuments(
    { ...master.body, fieldClocks: master.fieldClocks },
    { ...incoming.body, fieldClocks: incoming.fieldClocks },
    'id',
    mergeRuleFor(master.kind),
  );
  const { fieldClocks, ...body } = merged;
  const envelope = wrapRecord(lanternKinds[master.kind], body, fieldClocks as FieldClocks);
  const deleted =
    (master as unknown as Doc)._deleted === true || (incoming as unknown as Doc)._deleted === true;
  // RxDB stores what a conflict handler returns as the document state: `_deleted` must be there.
  return { ...envelope, _deleted: deleted } as RecordEnvelope;
}

const recordsConflictHandler: RxConflictHandler<Doc> = {
  isEqual: (a, b) => sameDocument(a, b),
  resolve: (input) =>
    Promise.resolve(
      mergeRecords(
        input.realMasterState as unknown as RecordEnvelope,
        input.newDocumentState as unknown as RecordEnvelope,
      ) as unknown as typeof input.realMasterState,
    ),
};

/** True when the document belongs to an append-only kind: a second version is refused. */
export function isAppendOnlyDocument(collection: CollectionName, doc: Doc): boolean {
  if (collection !== 'records') return isAppendOnlyCollection(collection);
  return !isKindName(doc.kind) || !isMutableKind(doc.kind);
}

/** The merge of two versions of a mutable document of the collection (the lattice join). */
export function mergeStoredVersions(collection: CollectionName, master: Doc, pushed: Doc): Doc {
  if (collection === 'records')
    return mergeRecords(
      master as unknown as RecordEnvelope,
      pushed as unknown as RecordEnvelope,
    ) as unknown as Doc;
  return mergeDocuments(master, pushed, 'id', mergeRuleFor(collection));
}

/** How replication resolves two versions of a document of the collection. */
export function conflictHandlerFor(collection: CollectionName): RxConflictHandler<Doc> {
  if (collection === 'records') return recordsConflictHandler;
  return isAppendOnlyCollection(collection)
    ? appendOnlyConflictHandler
    : fieldMergeConflictHandler(collection);
}
