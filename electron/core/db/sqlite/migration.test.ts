import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RxJsonSchema } from 'rxdb';
import { openTestDatabase } from './rxDatabaseSupport.ts';
import { temporaryDataDir } from './testSupport.ts';

type IncidentV0 = { id: string; title: string; severity: number };
type IncidentV1 = IncidentV0 & { priority: string };

const schemaV0: RxJsonSchema<IncidentV0> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 40 },
    title: { type: 'string' },
    severity: { type: 'integer', minimum: 0, maximum: 5, multipleOf: 1 },
  },
  required: ['id', 'title', 'severity'],
  indexes: ['severity'],
};

const schemaV1: RxJsonSchema<IncidentV1> = {
  ...schemaV0,
  version: 1,
  properties: { ...schemaV0.properties, priority: { type: 'string', maxLength: 10 } },
  required: ['id', 'title', 'severity', 'priority'],
  indexes: ['severity', 'priority'],
} as RxJsonSchema<IncidentV1>;

let dataDir: string;
let removeDataDir: () => void;

beforeEach(() => {
  ({ dataDir, removeDataDir } = temporaryDataDir());
});

afterEach(() => removeDataDir());

describe('RxDB schema migration on the SQLite storage', () => {
  it('migrates documents from version 0 to version 1 after a restart', async () => {
    const before = await openTestDatabase(dataDir);
    const { incidents: v0 } = await before.addCollections({ incidents: { schema: schemaV0 } });
    await v0.bulkInsert([
      { id: 'inc-1', title: 'Generator failed', severity: 5 },
      { id: 'inc-2', title: 'Badge readers down', severity: 2 },
      { id: 'inc-3', title: 'To be deleted', severity: 1 },
    ]);
    await v0.findOne('inc-3').remove();
    await before.close();

    const after = await openTestDatabase(dataDir);
    const { incidents: v1 } = await after.addCollections({
      incidents: {
        schema: schemaV1,
        migrationStrategies: {
          1: (old: IncidentV0): IncidentV1 => ({
            ...old,
            priority: old.severity >= 4 ? 'high' : 'normal',
          }),
        },
      },
    });
    const docs = await v1.find({ sort: [{ id: 'asc' }] }).exec();
    expect(docs.map((doc) => doc.toJSON())).toEqual([
      { id: 'inc-1', title: 'Generator failed', severity: 5, priority: 'high' },
      { id: 'inc-2', title: 'Badge readers down', severity: 2, priority: 'normal' },
    ]);
    expect(await v1.count({ selector: { priority: 'high' } }).exec()).toBe(1);
    await after.close();
  });
});
