import type { RxCollection } from 'rxdb';
import type { LanternDatabase } from '../../../shared/schema/collections.ts';
import { SYNC_WRITE_CONTEXT } from '../sync/masterEndpoint.ts';
import type { CommittedCommands } from './committedCommands.ts';

/**
 * Tells a scheduler that documents it plans from may have changed: a
 * command committed here wrote one of the named collections (kinds), or a
 * peer's documents arrived in one. Returns the unsubscribe.
 */
export type ChangeFeed = (collections: readonly string[], onChange: () => void) => () => void;

/** Writes peer sync makes bypass the executor; RxDB's replication contexts start with this. */
const REPLICATION_CONTEXT_PREFIX = 'replication';

/** The node's feed: its committed-command stream plus what peer sync stores. */
export function nodeChangeFeed(
  committed: CommittedCommands,
  database: LanternDatabase,
): ChangeFeed {
  return (collections, onChange) => {
    const prefixes = collections.map((collection) => `${collection}/`);
    const unsubscribeCommitted = committed.subscribe((command) => {
      if (command.documentIds.some((id) => prefixes.some((prefix) => id.startsWith(prefix))))
        onChange();
    });
    const peerWrites = collections.flatMap((collection) => {
      const instance = (database.collections as Record<string, RxCollection | undefined>)[
        collection
      ]?.storageInstance;
      if (!instance) return [];
      return [
        instance.changeStream().subscribe((bulk: { context?: string }) => {
          const context = bulk.context ?? '';
          if (context === SYNC_WRITE_CONTEXT || context.startsWith(REPLICATION_CONTEXT_PREFIX))
            onChange();
        }),
      ];
    });
    return () => {
      unsubscribeCommitted();
      for (const subscription of peerWrites) subscription.unsubscribe();
    };
  };
}
