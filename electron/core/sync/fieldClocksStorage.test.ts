import { createRxDatabase, type RxJsonSchema } from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APPEND_ONLY_COLLECTIONS,
  COLLECTION_NAMES,
  isMutableCollection,
  lanternSchemas,
} from '../../../shared/schema/collections.ts';
import { createLanternDatabase } from '../../../shared/schema/createLanternDatabase.ts';
import { compareHlc } from '../../../shared/time/hlc.ts';
import { createFrameworkTestNode } from '../commands/frameworkNode.testHelpers.ts';
import { getRxStorageSqlite } from '../db/sqlite/index.ts';
import { temporaryDataDir } from '../db/sqlite/testSupport.ts';

/** The value, or a failed test when it is missing. */
function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('field clocks on mutable documents', () => {
  it('every mutable schema has fieldClocks; append-only ones do not', () => {
    for (const name of COLLECTION_NAMES) {
      const properties = lanternSchemas[name].properties as Record<string, unknown>;
      expect('fieldClocks' in properties, name).toBe(isMutableCollection(name));
    }
    for (const name of ['timeline', 'decisions', 'audit'] as const)
      expect(APPEND_ONLY_COLLECTIONS).toContain(name);
  });

  it('the executor stamps each field a command changes, and only those', async () => {
    const node = await createFrameworkTestNode();
    const { run, ids } = node;
    const before = must(
      await node.database.people.findOne(ids.dana).exec(),
    ).toMutableJSON() as Record<string, unknown>;
    expect(Object.keys(before.fieldClocks as object).sort()).toEqual(
      Object.keys(before)
        .filter((k) => k !== 'id' && k !== 'fieldClocks')
        .sort(),
    );
    await run('setAvailability', { personId: ids.dana, status: 'away' }, 'dana');
    const after = must(
      await node.database.people.findOne(ids.dana).exec(),
    ).toMutableJSON() as Record<string, unknown>;
    const clocksBefore = before.fieldClocks as Record<string, string>;
    const clocksAfter = after.fieldClocks as Record<string, string>;
    expect(compareHlc(must(clocksAfter.availability), must(clocksBefore.displayName))).toBe(1);
    expect(clocksAfter.displayName).toBe(clocksBefore.displayName);
    expect(clocksAfter.hlc).toBe(clocksAfter.availability);
    const timeline = await node.database.timeline.find().exec();
    for (const entry of timeline) expect(entry.toMutableJSON()).not.toHaveProperty('fieldClocks');
  });

  it('a data folder written before field clocks opens, migrated, with nothing lost', async () => {
    const { dataDir, removeDataDir } = temporaryDataDir();
    cleanups.push(removeDataDir);
    const old = await createRxDatabase({
      name: 'lantern',
      storage: getRxStorageSqlite({ dataDir }),
      multiInstance: false,
    });
    const oldSchema = (name: 'incidents' | 'people' | 'timeline') => {
      const schema = structuredClone(lanternSchemas[name]) as RxJsonSchema<unknown> & {
        properties: Record<string, unknown>;
      };
      if (isMutableCollection(name)) {
        schema.version -= 1;
        delete schema.properties.fieldClocks;
      }
      return schema;
    };
    await old.addCollections({
      incidents: { schema: oldSchema('incidents') },
      people: { schema: oldSchema('people') },
      timeline: { schema: oldSchema('timeline') },
    });
    const hlc = '000001764150000000-000003-node-old';
    const incident = {
      id: 'inc-1',
      reference: 'INC-1',
      title: 'Generator failed',
      summary: '',
      severity: 'SEV1',
      type: 'facilities',
      status: 'declared',
      exercise: false,
      declaredAt: '2026-11-26T10:00:00.000Z',
      declaredBy: 'p-1',
      updatedAt: '2026-11-26T10:00:00.000Z',
      hlc,
    };
    const person = { id: 'p-1', displayName: 'Dana', createdAt: '2026-11-26T10:00:00.000Z', hlc };
    const entry = {
      id: 't-1',
      incidentId: 'inc-1',
      hlc,
      at: '2026-11-26T10:00:00.000Z',
      kind: 'note',
      text: 'Declared',
      actorId: 'p-1',
      nodeId: 'node-old',
      starred: false,
    };
    await must(old.collections.incidents).insert(incident);
    await must(old.collections.people).insert(person);
    await must(old.collections.timeline).insert(entry);
    await old.close();

    const database = await createLanternDatabase({
      name: 'lantern',
      storage: getRxStorageSqlite({ dataDir }),
    });
    cleanups.push(() => database.close().then(() => undefined));
    const migrated = must(await database.incidents.findOne('inc-1').exec()).toMutableJSON();
    const { fieldClocks, ...content } = migrated as typeof migrated & { fieldClocks: object };
    expect(content).toEqual(incident);
    expect(fieldClocks).toEqual(
      Object.fromEntries(
        Object.keys(incident)
          .filter((k) => k !== 'id')
          .map((k) => [k, hlc]),
      ),
    );
    expect(must(await database.people.findOne('p-1').exec()).toMutableJSON()).toMatchObject(person);
    expect(must(await database.timeline.findOne('t-1').exec()).toMutableJSON()).toEqual(entry);
  });
});
