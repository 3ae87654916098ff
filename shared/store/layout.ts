import type { MigrationStrategies, RxJsonSchema } from 'rxdb';
import { hlcField } from '../schema/fields.ts';
import { type KindDefinition } from './kind.ts';
import { isMutableKind, KIND_NAMES, lanternKinds, type KindName } from './kinds.ts';
import { recordsSchema } from './records.ts';
import { rxSchemaFromZod } from './rxSchemaFromZod.ts';
import { z } from 'zod';

/**
 * The storage layout: which collections the database opens. Layout 1 (until
 * issue 11) gave every kind a collection of its own and used all 13 that
 * RxDB's open-source build allows per process; layout 2 keeps a collection
 * only for kinds that are high-volume or queried live on every screen, and
 * stores the rest in `records`. Peers compare the signature and refuse to
 * sync across layouts (electron/core/sync).
 */
export const LAYOUT_VERSION = 2;

/** RxDB's open-source limit of open collections per JavaScript process (all databases together). */
export const RXDB_COLLECTION_CEILING = 13;
/** Collections the layout leaves free for modules that will need one of their own. */
export const COLLECTIONS_KEPT_FREE = 4;

export const OWN_COLLECTION_KINDS = KIND_NAMES.filter(
  (name) => lanternKinds[name].storage.collection === 'own',
) as ('incidents' | 'timeline' | 'audit' | 'communicationLog' | 'alerts')[];
export type OwnCollectionKind = (typeof OWN_COLLECTION_KINDS)[number];
export type CollectionName = 'records' | OwnCollectionKind;
export const COLLECTION_NAMES: readonly CollectionName[] = ['records', ...OWN_COLLECTION_KINDS];

export function collectionOfKind(kind: KindName): CollectionName {
  return lanternKinds[kind].storage.collection === 'own' ? (kind as OwnCollectionKind) : 'records';
}

export function storedInRecords(kind: KindName): boolean {
  return lanternKinds[kind].storage.collection === 'records';
}

const fieldClocksJson = { type: 'object', additionalProperties: z.toJSONSchema(hlcField) };

/** The RxDB schema of a kind kept in a collection of its own. */
export function ownCollectionSchema(kind: KindDefinition): RxJsonSchema<unknown> {
  if (kind.storage.collection !== 'own') throw new Error(`${kind.name} is stored in records`);
  return rxSchemaFromZod(kind.shape, {
    title: kind.name,
    version: kind.version,
    primaryKey: 'id',
    indexes: kind.storage.indexes,
    ...(kind.appendOnly ? {} : { extraProperties: { fieldClocks: fieldClocksJson } }),
  });
}

/**
 * RxDB migrations of a collection of its own: the kind's upgrades, with the
 * document's field clocks carried over (a field the upgrade adds has none).
 */
export function ownCollectionMigrations(kind: KindDefinition): MigrationStrategies {
  const strategies: MigrationStrategies = {};
  for (let version = 1; version <= kind.version; version++) {
    const upgrade = kind.upgrades[version];
    if (!upgrade) throw new Error(`Kind ${kind.name} has no upgrade to version ${version}`);
    strategies[version] = (doc: Record<string, unknown>) => {
      const { fieldClocks, ...content } = doc;
      const upgraded = upgrade(content);
      return fieldClocks === undefined ? upgraded : { ...upgraded, fieldClocks };
    };
  }
  return strategies;
}

export interface CollectionDefinition {
  schema: RxJsonSchema<unknown>;
  migrationStrategies: MigrationStrategies;
}

/** Every collection of the layout, as `addCollections` takes them. */
export function layoutCollections(): Record<CollectionName, CollectionDefinition> {
  const collections = {
    records: { schema: recordsSchema as RxJsonSchema<unknown>, migrationStrategies: {} },
  } as Record<CollectionName, CollectionDefinition>;
  for (const kind of OWN_COLLECTION_KINDS)
    collections[kind] = {
      schema: ownCollectionSchema(lanternKinds[kind]),
      migrationStrategies: ownCollectionMigrations(lanternKinds[kind]),
    };
  return collections;
}

/** Kinds stored in a collection, for the conflict handler and sync validation. */
export function kindsInCollection(collection: CollectionName): KindName[] {
  return KIND_NAMES.filter((kind) => collectionOfKind(kind) === collection);
}

export function isAppendOnlyCollection(collection: CollectionName): boolean {
  return collection !== 'records' && !isMutableKind(collection);
}

/**
 * What two peers must agree on to sync: the layout and every kind's version,
 * e.g. `layout 2: audit@0 communicationLog@0 …`.
 */
export function layoutSignature(): string {
  const kinds = [...KIND_NAMES].sort().map((name) => `${name}@${lanternKinds[name].version}`);
  return `layout ${LAYOUT_VERSION}: ${kinds.join(' ')}`;
}

let schemas: Record<CollectionName, CollectionDefinition> | undefined;

/** The RxDB schema of one collection of the layout. */
export function collectionSchema(collection: CollectionName): RxJsonSchema<unknown> {
  schemas ??= layoutCollections();
  return schemas[collection].schema;
}
