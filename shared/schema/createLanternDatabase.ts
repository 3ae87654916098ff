import { createRxDatabase, type RxStorage } from 'rxdb';
import {
  COLLECTION_NAMES,
  lanternSchemas,
  type LanternCollections,
  type LanternDatabase,
} from './collections.ts';

export interface LanternDatabaseOptions {
  /** One database per workspace; also the SQLite file name in the node. */
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- RxStorage internals differ per storage
  storage: RxStorage<any, any>;
  /** Renderers open the node's database through the remote storage. */
  multiInstance?: boolean;
}

export const DEFAULT_DATABASE_NAME = 'lantern';

/** The one factory used by the node, the renderer and the tests. */
export async function createLanternDatabase(
  options: LanternDatabaseOptions,
): Promise<LanternDatabase> {
  const database = await createRxDatabase<LanternCollections>({
    name: options.name,
    storage: options.storage,
    multiInstance: options.multiInstance ?? false,
    eventReduce: true,
    closeDuplicates: true,
  });
  const collections = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, { schema: lanternSchemas[name] }]),
  );
  await database.addCollections(collections);
  return database as LanternDatabase;
}
