import { createRxDatabase, type RxJsonSchema } from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { kindOf, isMutableKind, KIND_NAMES } from '../../../shared/store/kinds.ts';
import { storedContentProblem } from '../../../shared/store/kindValidation.ts';
import { storedForm } from '../../../shared/store/kindWrites.ts';
import { collectionOfKind, collectionSchema } from '../../../shared/store/layout.ts';
import { recordId } from '../../../shared/store/records.ts';
import { compareHlc } from '../../../shared/time/hlc.ts';
import { createFrameworkTestNode } from '../commands/frameworkNode.testHelpers.ts';
import { getRxStorageSqlite } from '../db/sqlite/index.ts';
import { temporaryDataDir } from '../db/sqlite/testSupport.ts';
import { isLayout1AppendOnly, layout1Collections } from '../store/layout1.ts';
import { openWithCurrentLayout } from '../store/layoutUpgrade.ts';

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
  it('every mutable kind is stored with fieldClocks; append-only ones are not', () => {
    const withoutClocks = 'a mutable document without fieldClocks';
    for (const kind of KIND_NAMES) {
      const collection = collectionOfKind(kind);
      const properties = collectionSchema(collection).properties as Record<string, unknown>;
      // `records` holds mutable and append-only kinds: its envelope may carry clocks.
      expect('fieldClocks' in properties, kind).toBe(
        collection === 'records' ? true : isMutableKind(kind),
      );
      const document = { id: 'x-1' };
      const bare = storedForm({ kind, document });
      const clocked = storedForm({
        kind,
        document,
        fieldClocks: { hlc: '000001764150000000-000001-n' },
      });
      const appendOnlyWithClocks = `${kind} entries are append-only and carry no field clocks`;
      if (isMutableKind(kind)) {
        expect(storedContentProblem(collection, bare), kind).toBe(withoutClocks);
        expect(storedContentProblem(collection, clocked), kind).not.toBe(withoutClocks);
      } else {
        expect(storedContentProblem(collection, clocked), kind).toBe(appendOnlyWithClocks);
        expect(storedContentProblem(collection, bare), kind).not.toBe(appendOnlyWithClocks);
      }
    }
    for (const name of ['timeline', 'decisions', 'audit'] as const)
      expect(kindOf(name).appendOnly, name).toBe(true);
  });

  it('the executor stamps each field a command changes, and only those', async () => {
    const node = await createFrameworkTestNode();
    const { run, ids } = node;
    const store = kindStore(node.database);
    const storedPerson = async () => {
      const stored = must(await store.getStored('people', ids.dana));
      return { ...stored.document, fieldClocks: stored.fieldClocks } as Record<string, unknown>;
    };
    const before = await storedPerson();
    expect(Object.keys(before.fieldClocks as object).sort()).toEqual(
      Object.keys(before)
        .filter((k) => k !== 'id' && k !== 'fieldClocks')
        .sort(),
    );
    await run('setAvailability', { personId: ids.dana, status: 'away' }, 'dana');
    const after = await storedPerson();
    const clocksBefore = before.fieldClocks as Record<string, string>;
    const clocksAfter = after.fieldClocks as Record<string, string>;
    expect(compareHlc(must(clocksAfter.availability), must(clocksBefore.displayName))).toBe(1);
    expect(clocksAfter.displayName).toBe(clocksBefore.displayName);
    expect(clocksAfter.hlc).toBe(clocksAfter.availability);
    // As stored: the person's record envelope carries the clocks.
    const envelope = must(await node.database.records.findOne(recordId('people', ids.dana)).exec());
    expect(envelope.toMutableJSON().fieldClocks).toEqual(clocksAfter);
    // Append-only kinds carry none, in their own collection or in `records`.
    const incident = await run('declareIncident', { title: 'Payments down', severity: 'SEV3' });
    const decision = await run('recordDecision', {
      incidentId: incident.id,
      decision: 'authorise-emergency-change',
      summary: 'Roll back release 42',
      rationale: 'The error spike started with it',
    });
    const decisionEnvelope = must(
      await node.database.records.findOne(recordId('decisions', decision.id)).exec(),
    );
    expect(decisionEnvelope.toMutableJSON()).not.toHaveProperty('fieldClocks');
    expect(must(await store.getStored('incidents', incident.id)).fieldClocks).toBeDefined();
    const timeline = await node.database.timeline.find().exec();
    expect(timeline.length).toBeGreaterThan(0);
    for (const entry of timeline) expect(entry.toMutableJSON()).not.toHaveProperty('fieldClocks');
  });

  it('a layout 1 data folder written before field clocks opens, migrated, with nothing lost', async () => {
    const { dataDir, removeDataDir } = temporaryDataDir();
    cleanups.push(removeDataDir);
    const old = await createRxDatabase({
      name: 'lantern',
      storage: getRxStorageSqlite({ dataDir }),
      multiInstance: false,
    });
    // Layout 1's schemas as they were before field clocks (version 0 of its mutable collections).
    const oldSchema = (name: 'incidents' | 'people' | 'timeline') => {
      const schema = structuredClone(
        must(layout1Collections()[name]).schema,
      ) as RxJsonSchema<unknown> & {
        properties: Record<string, unknown>;
      };
      if (!isLayout1AppendOnly(name)) {
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

    const database = await openWithCurrentLayout({
      dataDir,
      databaseName: 'lantern',
      storage: getRxStorageSqlite({ dataDir }),
      log: () => undefined,
    });
    cleanups.push(() => database.close().then(() => undefined));
    const store = kindStore(database);
    const migrated = must(await store.getStored('incidents', 'inc-1'));
    const { fieldClocks, document: content } = migrated;
    expect(content).toEqual(incident);
    expect(fieldClocks).toEqual(
      Object.fromEntries(
        Object.keys(incident)
          .filter((k) => k !== 'id')
          .map((k) => [k, hlc]),
      ),
    );
    const migratedPerson = must(await store.getStored('people', 'p-1'));
    expect(migratedPerson.document).toMatchObject(person);
    expect(migratedPerson.fieldClocks).toEqual(
      Object.fromEntries(
        Object.keys(person)
          .filter((k) => k !== 'id')
          .map((k) => [k, hlc]),
      ),
    );
    expect(must(await store.getStored('timeline', 't-1'))).toEqual({
      document: entry,
      fieldClocks: undefined,
    });
  });
});
