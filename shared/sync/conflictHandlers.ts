import type { RxConflictHandler } from 'rxdb';
import { mergeDocuments, sameDocument } from './fieldClocks.ts';

type Doc = Record<string, unknown>;

/** Mutable documents: merge field by field (fieldClocks.ts); every peer gets the same answer. */
export const fieldMergeConflictHandler: RxConflictHandler<Doc> = {
  isEqual: (a, b) => sameDocument(a, b),
  resolve: (input) =>
    Promise.resolve(
      mergeDocuments(
        input.realMasterState as Doc,
        input.newDocumentState as Doc,
      ) as typeof input.realMasterState,
    ),
};

/**
 * Append-only documents never change, so two versions of one id can only come
 * from a fault: the peer that already stored it keeps its version (the master
 * refuses to change it) and the other side takes that version.
 */
export const appendOnlyConflictHandler: RxConflictHandler<Doc> = {
  isEqual: (a, b) => sameDocument(a, b),
  resolve: (input) => Promise.resolve(input.realMasterState),
};
