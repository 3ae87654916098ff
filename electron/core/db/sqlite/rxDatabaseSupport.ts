import { addRxPlugin, createRxDatabase } from 'rxdb';
import type { RxDatabase } from 'rxdb';
import { RxDBAttachmentsPlugin } from 'rxdb/plugins/attachments';
import { RxDBDevModePlugin, disableWarnings } from 'rxdb/plugins/dev-mode';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { getRxStorageSqlite } from './index.ts';

/** Test-only: a full RxDatabase (dev-mode, schema validation) on the SQLite storage. */
disableWarnings();
addRxPlugin(RxDBDevModePlugin);
addRxPlugin(RxDBMigrationSchemaPlugin);
addRxPlugin(RxDBAttachmentsPlugin);

export function openTestDatabase(dataDir: string, name = 'workspace'): Promise<RxDatabase> {
  return createRxDatabase({
    name,
    storage: wrappedValidateAjvStorage({ storage: getRxStorageSqlite({ dataDir }) }),
    multiInstance: false,
    eventReduce: true,
  });
}
