import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxDatabase,
  type RxStorage,
} from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import type { FieldClocks } from '../sync/fieldClocks.ts';
import type { LanternDocs } from './kinds.ts';
import { layoutCollections } from './layout.ts';
import type { RecordEnvelope } from './records.ts';

type Clocked<T> = T & { fieldClocks?: FieldClocks };

/** The collections a Lantern database opens (layout.ts). */
export interface LanternCollections {
  records: RxCollection<RecordEnvelope>;
  incidents: RxCollection<Clocked<LanternDocs['incidents']>>;
  timeline: RxCollection<LanternDocs['timeline']>;
  audit: RxCollection<LanternDocs['audit']>;
  communicationLog: RxCollection<LanternDocs['communicationLog']>;
  alerts: RxCollection<Clocked<LanternDocs['alerts']>>;
}
export type LanternDatabase = RxDatabase<LanternCollections>;

export interface LanternDatabaseOptions {
  /** One database per workspace; also the SQLite file name in the node. */
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- RxStorage internals differ per storage
  storage: RxStorage<any, any>;
  /** Renderers open the node's database through the remote storage. */
  multiInstance?: boolean;
}

// Kinds in collections of their own upgrade through RxDB's schema migration.
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
  await database.addCollections(layoutCollections());
  return database;
}
