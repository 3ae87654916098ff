import { afterAll, describe, it } from 'vitest';
import { addRxPlugin } from 'rxdb';
import type { RxCollection } from 'rxdb';
import { RxDBAttachmentsPlugin } from 'rxdb/plugins/attachments';
import { RxDBDevModePlugin, disableWarnings } from 'rxdb/plugins/dev-mode';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { getRxStorageSqlite } from './index.ts';
import { createReplicationTestServer } from './replicationTestServer.ts';
import { loadRxdbTestUtils } from './rxdbTestUtils.ts';
import { temporaryDataDir } from './testSupport.ts';

/** RxDB's own replication base suite, with every client collection stored in SQLite. */
disableWarnings();
addRxPlugin(RxDBDevModePlugin);
addRxPlugin(RxDBLocalDocumentsPlugin);
addRxPlugin(RxDBAttachmentsPlugin);

const { dataDir, removeDataDir } = temporaryDataDir();
const testUtils = await loadRxdbTestUtils();
testUtils.setConfig({
  storage: {
    name: 'lantern-sqlite',
    getStorage: () => wrappedValidateAjvStorage({ storage: getRxStorageSqlite({ dataDir }) }),
    getPerformanceStorage: () => ({
      storage: getRxStorageSqlite({ dataDir }),
      description: 'lantern-sqlite',
    }),
    hasPersistence: true,
    hasMultiInstance: false,
    hasAttachments: true,
    hasReplication: true,
  },
});
const server = createReplicationTestServer('passportId');

// The suite is written for mocha's globals; hand it vitest's.
Object.assign(globalThis, { describe, it });

describe('RxDB replication base test suite on the SQLite storage', () => {
  testUtils.runReplicationBaseTestSuite({
    startReplication: (collection: RxCollection) => server.replicate(collection, true),
    syncOnce: async (collection: RxCollection) => {
      const replication = server.replicate(collection, false);
      await replication.awaitInitialReplication();
      await replication.cancel();
    },
    syncOnceWithAttachments: async (collection: RxCollection) => {
      const replication = server.replicate(collection, false);
      await replication.awaitInitialReplication();
      await replication.cancel();
    },
    getAllServerDocs: async () => server.allDocs(),
    cleanUpServer: async () => server.clear(),
    softDeletes: true,
    isDeleted: (doc: { _deleted?: boolean }) => !!doc._deleted,
    getPrimaryOfServerDoc: (doc: { passportId: string }) => doc.passportId,
  });
});

afterAll(() => removeDataDir());
