import type { RxCollection } from 'rxdb';
import { CommandError } from '../commands/errors.ts';
import type { FieldClocks } from '../sync/fieldClocks.ts';
import type { LanternDatabase } from './database.ts';
import type { KindContent } from './kind.ts';
import { lanternKinds, type KindName } from './kinds.ts';
import { collectionOfKind, type CollectionName } from './layout.ts';
import { wrapRecord } from './records.ts';

/** A document a command writes, with the clocks the executor stamped on it (mutable kinds). */
export interface KindWrite {
  kind: KindName;
  document: KindContent;
  fieldClocks?: FieldClocks;
}

/** What the collection stores for a kind's document. */
export function storedForm(write: KindWrite): Record<string, unknown> {
  const definition = lanternKinds[write.kind];
  if (definition.storage.collection === 'records')
    return wrapRecord(definition, write.document, write.fieldClocks) as unknown as Record<
      string,
      unknown
    >;
  return write.fieldClocks ? { ...write.document, fieldClocks: write.fieldClocks } : write.document;
}

/** Store the writes, grouped per collection in the order the plan listed them. */
export async function storeKindWrites(
  database: LanternDatabase,
  writes: readonly KindWrite[],
): Promise<void> {
  const byCollection = new Map<CollectionName, Record<string, unknown>[]>();
  for (const write of writes) {
    const collection = collectionOfKind(write.kind);
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), storedForm(write)]);
  }
  for (const [collection, documents] of byCollection) {
    const target = database.collections[collection] as unknown as RxCollection<
      Record<string, unknown>
    >;
    const result = await target.bulkUpsert(documents);
    if (result.error.length > 0)
      throw new CommandError(
        'conflict',
        `Could not store ${collection}: ${JSON.stringify(result.error[0])}`,
      );
  }
}
