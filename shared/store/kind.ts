import type { z } from 'zod';
import { registersOnly, type ObjectRule } from '../sync/mergeRuleTypes.ts';

/**
 * The indexed columns of the generic `records` collection. A kind maps the
 * body fields its frequent queries filter or sort on to these, so those
 * queries use an index (docs/storage.md lists each kind's mapping).
 */
export const RECORD_COLUMNS = ['scope', 'category', 'status', 'dueAt'] as const;
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

/** Many low-volume kinds share `records`; each column holds one string field of the body. */
export interface SharedStorage {
  collection: 'records';
  columns: Partial<Record<RecordColumn, string>>;
}

/** A high-volume or heavily queried kind keeps a collection of its own, named after the kind. */
export interface OwnStorage {
  collection: 'own';
  indexes: (string | string[])[];
}

export type KindContent = Record<string, unknown>;

/**
 * Takes a kind's document from the previous version to this one. Fields
 * the upgrade adds carry no clock, so any peer's edit of them wins.
 */
export type KindUpgrade = (previous: KindContent) => KindContent;

export interface KindDefinition<Name extends string = string, Shape extends z.ZodType = z.ZodType> {
  name: Name;
  /** What a person would call one record of the kind, for messages. */
  noun: string;
  shape: Shape;
  /** Bump it and add `upgrades[version]` in the same change. */
  version: number;
  /** `upgrades[n]` turns version n-1 into version n. */
  upgrades: Record<number, KindUpgrade>;
  /** Never updated or deleted once written; corrections are new records. */
  appendOnly: boolean;
  storage: SharedStorage | OwnStorage;
  /** How two versions merge (docs/sync.md); every field a register unless the kind says more. */
  merge: ObjectRule;
}

export type KindDoc<Definition> =
  Definition extends KindDefinition<string, infer Shape> ? z.infer<Shape> : never;

export function defineKind<const Name extends string, Shape extends z.ZodType>(
  definition: Omit<KindDefinition<Name, Shape>, 'upgrades' | 'merge'> & {
    upgrades?: Record<number, KindUpgrade>;
    merge?: ObjectRule;
  },
): KindDefinition<Name, Shape> {
  for (let version = 1; version <= definition.version; version++)
    if (!definition.upgrades?.[version])
      throw new Error(
        `Kind ${definition.name} is at version ${definition.version} without an upgrade to ${version}`,
      );
  return {
    ...definition,
    upgrades: definition.upgrades ?? {},
    merge: definition.merge ?? registersOnly,
  };
}

/** Apply the upgrades from `fromVersion` to the kind's current version. */
export function upgradeContent(
  kind: KindDefinition,
  content: KindContent,
  fromVersion: number,
): KindContent {
  let upgraded = content;
  for (let version = fromVersion + 1; version <= kind.version; version++) {
    const upgrade = kind.upgrades[version];
    if (!upgrade) throw new Error(`Kind ${kind.name} has no upgrade to version ${version}`);
    upgraded = upgrade(upgraded);
  }
  return upgraded;
}
