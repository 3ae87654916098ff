import { z } from 'zod';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

/** Where an ownership claim or a catalogue entry came from. */
export const CATALOG_FORMATS = ['csv', 'backstage', 'servicenow'] as const;
export type CatalogFormat = (typeof CATALOG_FORMATS)[number];

/** The activities a shared system's RACI covers (Module 4's ownership matrix). */
export const RACI_ACTIVITIES = ['operate', 'change', 'respond', 'communicate'] as const;
export type RaciActivity = (typeof RACI_ACTIVITIES)[number];

const teamIds = z.array(idField).max(50);

/** Who does what for one activity: one accountable team, any number of the others. */
export const raciEntryShape = z.strictObject({
  responsible: teamIds,
  accountable: idField.optional(),
  consulted: teamIds,
  informed: teamIds,
});
export type RaciEntry = z.infer<typeof raciEntryShape>;

export const raciShape = z.strictObject({
  operate: raciEntryShape.optional(),
  change: raciEntryShape.optional(),
  respond: raciEntryShape.optional(),
  communicate: raciEntryShape.optional(),
});
export type Raci = z.infer<typeof raciShape>;

/** One source's word on who owns a service, kept per source so a disagreement stays visible. */
export const ownershipClaimShape = z.strictObject({
  source: z.enum(CATALOG_FORMATS),
  teamId: idField,
  importId: idField,
  claimedAt: isoTimeField,
});
export type OwnershipClaim = z.infer<typeof ownershipClaimShape>;

/**
 * A service in the catalogue: what the organisation file's service unit
 * holds (name, tier, owner) plus what only the catalogue knows — its
 * dependencies, its system, each source's ownership claim and the RACI per
 * activity. The id is the service's id in the organisation.
 */
export const catalogServiceShape = z.strictObject({
  id: idField,
  hlc: hlcField,
  name: nameField,
  entityKind: z.enum(['component', 'system', 'resource']),
  description: z.string().max(2000).optional(),
  tier: z.number().int().min(1).max(4),
  ownerTeamId: idField,
  system: idField.optional(),
  dependsOn: z.array(idField).max(200),
  claims: z.array(ownershipClaimShape).max(10),
  raci: raciShape,
  updatedAt: isoTimeField,
  updatedBy: z.string().max(80),
});
export type CatalogServiceDoc = z.infer<typeof catalogServiceShape>;

/** The fields an import compares and sets; the rest are the catalogue's own bookkeeping. */
export const CATALOG_COMPARED_FIELDS = [
  'name',
  'entityKind',
  'description',
  'tier',
  'ownerTeamId',
  'system',
  'dependsOn',
  'raci',
] as const;
export type CatalogComparedField = (typeof CATALOG_COMPARED_FIELDS)[number];

export const fieldChangeShape = z.strictObject({
  field: z.string().max(40),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldChange = z.infer<typeof fieldChangeShape>;

/** One row of an import's diff: a service or team added, or a service's fields changed. */
export const catalogChangeShape = z.strictObject({
  id: idField,
  target: z.enum(['service', 'team']),
  targetId: idField,
  op: z.enum(['add', 'update']),
  name: nameField,
  fields: z.array(fieldChangeShape).max(20),
  /** The file's full entry, applied as is when accepted. */
  entry: z.record(z.string(), z.unknown()),
});
export type CatalogChange = z.infer<typeof catalogChangeShape>;

/**
 * A staged import: the diff against the catalogue when it was read.
 * Nothing changes until a person accepts some or all of its changes.
 */
export const catalogImportShape = z.strictObject({
  id: idField,
  hlc: hlcField,
  format: z.enum(CATALOG_FORMATS),
  fileName: z.string().max(200).optional(),
  status: z.enum(['staged', 'applied', 'discarded']),
  changes: z.array(catalogChangeShape).max(2000),
  /** The fields this file carries; the others keep the catalogue's values (a CMDB has no RACI). */
  providedFields: z.array(z.enum(CATALOG_COMPARED_FIELDS)).max(CATALOG_COMPARED_FIELDS.length),
  unchangedCount: z.number().int().min(0),
  createdAt: isoTimeField,
  createdBy: z.string().max(80),
  decidedAt: isoTimeField.optional(),
  decidedBy: z.string().max(80).optional(),
  acceptedChangeIds: z.array(idField).max(2000).optional(),
});
export type CatalogImportDoc = z.infer<typeof catalogImportShape>;
