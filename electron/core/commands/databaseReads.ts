import type { CommandReads } from '../../../shared/commands/command.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { kindStore, type ClockObserver } from '../../../shared/store/kindStore.ts';

/** Read-only view of the node's database handed to command plans. */
export function databaseReads(database: LanternDatabase, observe?: ClockObserver): CommandReads {
  const store = kindStore(database, observe);
  return {
    get: (kind, id) => store.get(kind, id),
    find: (kind, selector) => store.find(kind, { selector }),
  };
}
