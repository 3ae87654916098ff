import type { RxConflictHandler } from 'rxdb';
import { mergeDocuments, sameDocument } from './fieldClocks.ts';
import { mergeRuleFor } from './mergeRules.ts';

type Doc = Record<string, unknown>;

const fieldMergeHandlers = new Map<string, RxConflictHandler<Doc>>();

/**
 * Mutable documents of one kind: merge by the kind's rule (mergeRules.ts),
 * field by field and list item by list item; every peer gets the same answer.
 */
export function fieldMergeConflictHandler(kindName: string): RxConflictHandler<Doc> {
  let handler = fieldMergeHandlers.get(kindName);
  if (!handler) {
    const rule = mergeRuleFor(kindName);
    handler = {
      isEqual: (a, b) => sameDocument(a, b),
      resolve: (input) =>
        Promise.resolve(
          mergeDocuments(
            input.realMasterState as Doc,
            input.newDocumentState as Doc,
            'id',
            rule,
          ) as typeof input.realMasterState,
        ),
    };
    fieldMergeHandlers.set(kindName, handler);
  }
  return handler;
}

/**
 * Append-only documents never change, so two versions of one id can only come
 * from a fault: the peer that already stored it keeps its version (the master
 * refuses to change it) and the other side takes that version.
 */
export const appendOnlyConflictHandler: RxConflictHandler<Doc> = {
  isEqual: (a, b) => sameDocument(a, b),
  resolve: (input) => Promise.resolve(input.realMasterState),
};
