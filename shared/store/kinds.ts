import { auditKinds } from '../audit/kinds.ts';
import { featureKinds } from '../features.ts';
import type { KindDefinition, KindDoc } from './kind.ts';

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (
  part: infer I,
) => void
  ? I
  : never;

type FeatureKinds = (typeof featureKinds)[number];

/**
 * Every kind of record: the ones each feature declares in its own folder
 * (`shared/<feature>/kinds.ts`, listed in `shared/features.ts`) and the
 * core's audit chain. Kinds keep the names their collections had before the
 * records layout (docs/storage.md), so the audit trail's `<kind>/<id>`
 * references read the same in both layouts.
 */
export const lanternKinds = Object.assign(
  {},
  auditKinds,
  ...featureKinds,
) as UnionToIntersection<FeatureKinds> & typeof auditKinds;

export type LanternKinds = typeof lanternKinds;

for (const [name, kind] of Object.entries(lanternKinds) as [string, KindDefinition][])
  if (kind.name !== name) throw new Error(`Kind ${kind.name} is listed as ${name}`);
export type KindName = keyof LanternKinds;
/** Every kind's document type, by kind name. */
export type LanternDocs = { [K in KindName]: KindDoc<LanternKinds[K]> };

export const KIND_NAMES = Object.keys(lanternKinds) as KindName[];

export function isKindName(name: unknown): name is KindName {
  return typeof name === 'string' && Object.hasOwn(lanternKinds, name);
}

export function kindOf(name: KindName): KindDefinition {
  return lanternKinds[name];
}

export function isMutableKind(name: KindName): boolean {
  return !lanternKinds[name].appendOnly;
}
