import { readFileSync } from 'node:fs';
import type { MigrationStrategies, RxJsonSchema } from 'rxdb';
import { initialFieldClocks } from '../../../shared/sync/fieldClocks.ts';

/**
 * Storage layout 1, frozen: the 13 collection schemas exactly as main wrote
 * them before the records layout (layout1Schemas.json, dumped from that
 * code), so an older data folder can be opened once and moved over.
 */
interface Layout1File {
  appendOnly: string[];
  schemas: Record<string, RxJsonSchema<unknown>>;
}

const layout1: Layout1File = JSON.parse(
  readFileSync(new URL('./layout1Schemas.json', import.meta.url), 'utf8'),
) as Layout1File;

export const LAYOUT1_COLLECTIONS = Object.keys(layout1.schemas);

export function isLayout1AppendOnly(collection: string): boolean {
  return layout1.appendOnly.includes(collection);
}

/** Collections of layout 1 as `addCollections` takes them, with layout 1's own migration. */
export function layout1Collections(): Record<
  string,
  { schema: RxJsonSchema<unknown>; migrationStrategies: MigrationStrategies }
> {
  return Object.fromEntries(
    Object.entries(layout1.schemas).map(([name, schema]) => {
      // Layout 1 added field clocks to mutable collections as version 1.
      const migrationStrategies: MigrationStrategies = isLayout1AppendOnly(name)
        ? {}
        : {
            1: (doc: Record<string, unknown>) => ({ ...doc, fieldClocks: initialFieldClocks(doc) }),
          };
      return [name, { schema, migrationStrategies }];
    }),
  );
}
