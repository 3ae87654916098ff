import type { RxCollection } from 'rxdb';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { isKindName, type KindName } from '../../../shared/store/kinds.ts';
import { collectionOfKind } from '../../../shared/store/layout.ts';
import { SYNC_WRITE_CONTEXT } from '../sync/masterEndpoint.ts';
import type { CommittedCommands } from './committedCommands.ts';

/**
 * Tells a scheduler that documents it plans from may have changed: a
 * command committed here wrote one of the named collections (kinds), or a
 * peer's documents arrived in one. Returns the unsubscribe.
 */
export type ChangeFeed = (collections: readonly string[], onChange: () => void) => () => void;

interface PeerBulk {
  context?: string;
  events: { documentData?: { kind?: unknown } }[];
}

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
    const kinds = collections.filter(isKindName);
    const stores = [...new Set(kinds.map(collectionOfKind))];
    const peerWrites = stores.map((store) =>
      (database.collections[store] as unknown as RxCollection).storageInstance
        .changeStream()
        .subscribe((bulk: PeerBulk) => {
          const context = bulk.context ?? '';
          if (context !== SYNC_WRITE_CONTEXT && !context.startsWith(REPLICATION_CONTEXT_PREFIX))
            return;
          // Records of every kind share one collection: wake only for the kinds asked about.
          if (
            store !== 'records' ||
            bulk.events.some((e) => kinds.includes(e.documentData?.kind as KindName))
          )
            onChange();
        }),
    );
    return () => {
      unsubscribeCommitted();
      for (const subscription of peerWrites) subscription.unsubscribe();
    };
  };
}
