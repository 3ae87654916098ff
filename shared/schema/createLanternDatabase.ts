import { addRxPlugin, createRxDatabase, type RxStorage } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import {
  COLLECTION_NAMES,
  lanternMigrations,
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

// Schema versions move (peer sync added field clocks): old data folders migrate on open.
addRxPlugin(RxDBMigrationSchemaPlugin);

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
    COLLECTION_NAMES.map((name) => [
      name,
      { schema: lanternSchemas[name], migrationStrategies: lanternMigrations[name] },
    ]),
  );
  await database.addCollections(collections);
  return database as LanternDatabase;
}
