import type { CommandReads } from '../../../shared/commands/command.ts';
import type { LanternDatabase } from '../../../shared/schema/collections.ts';

/** Read-only view of the node's database handed to command plans. */
export function databaseReads(database: LanternDatabase): CommandReads {
  return {
    async get(collection, id) {
      const doc = await database[collection].findOne(id).exec();
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- RxDocument union narrowing
      return doc ? ((doc as any).toMutableJSON() as never) : undefined;
    },
    async find(collection, selector) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- RxCollection union is not callable
      const docs: { toMutableJSON(): unknown }[] = await (database[collection] as any)
        .find({ selector })
        .exec();
      return docs.map((d) => d.toMutableJSON()) as never;
    },
  };
}
