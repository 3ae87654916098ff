import { z } from 'zod';
import { defineCommand, type DocumentWrite } from '../../commands/command.ts';
import { conflict, forbidden, invalidInput, notFound } from '../../commands/errors.ts';
import { idField } from '../../schema/fields.ts';
import {
  CATALOG_COMPARED_FIELDS,
  type CatalogChange,
  type CatalogFormat,
  type CatalogImportDoc,
  type CatalogServiceDoc,
} from '../../schema/catalog.ts';
import type { OrganisationUnitDoc } from '../../schema/organisationUnit.ts';
import { canonicalJson } from '../../audit/canonicalJson.ts';
import { comparedFields, type CurrentCatalog } from '../catalog/catalogDiff.ts';
import { readCurrentCatalog } from '../catalog/currentCatalog.ts';

export const applyCatalogImportInput = z.strictObject({
  importId: idField,
  /** The change ids a person accepted, or every change. */
  accept: z.union([z.literal('all'), z.array(idField).max(2000)]),
});

/** A change whose "before" no longer matches the catalogue was reviewed against an older state. */
function staleField(change: CatalogChange, current: CurrentCatalog): string | undefined {
  const service = current.services.get(change.targetId);
  if (!service) return undefined;
  const now = comparedFields(service) as Record<string, unknown>;
  // Every compared field must read as it did: changed ones their "before", the rest the entry's value.
  return CATALOG_COMPARED_FIELDS.find((field) => {
    const reviewed = change.fields.find((changed) => changed.field === field);
    const expected = reviewed ? reviewed.before : change.entry[field];
    return canonicalJson(now[field] ?? null) !== canonicalJson(expected ?? null);
  });
}

type ServiceEntry = Omit<CatalogServiceDoc, 'hlc' | 'claims' | 'updatedAt' | 'updatedBy'>;

function serviceWrites(
  entry: ServiceEntry,
  current: CurrentCatalog,
  imported: CatalogImportDoc,
  stamp: { hlc: string; at: string; by: string },
): DocumentWrite[] {
  const existing = current.services.get(entry.id);
  const source: CatalogFormat = imported.format;
  const claims = [
    ...(existing?.claims ?? []).filter((claim) => claim.source !== source),
    { source, teamId: entry.ownerTeamId, importId: imported.id, claimedAt: stamp.at },
  ];
  const catalogService: CatalogServiceDoc = {
    ...entry,
    claims,
    hlc: stamp.hlc,
    updatedAt: stamp.at,
    updatedBy: stamp.by,
  };
  const unit = current.organisationServices.get(entry.id);
  const organisationService: OrganisationUnitDoc = {
    id: entry.id,
    kind: 'service',
    name: entry.name,
    hlc: stamp.hlc,
    service: {
      ...(entry.description ? { description: entry.description } : {}),
      tier: entry.tier,
      ownerTeamId: entry.ownerTeamId,
      ...(unit?.service.rotationId ? { rotationId: unit.service.rotationId } : {}),
      complianceTags: unit?.service.complianceTags ?? [],
    },
  };
  return [
    { kind: 'catalogServices', document: catalogService },
    { kind: 'organisation', document: organisationService },
  ];
}

function acceptedChanges(imported: CatalogImportDoc, accept: 'all' | string[]): CatalogChange[] {
  if (accept === 'all') return imported.changes;
  const unknown = accept.filter((id) => !imported.changes.some((change) => change.id === id));
  if (unknown.length > 0)
    throw invalidInput([
      { field: 'accept', reason: `not changes of this import: ${unknown.join(', ')}` },
    ]);
  return imported.changes.filter((change) => accept.includes(change.id));
}

/** Every accepted service's owner must be a team that exists or is added with it. */
function checkOwners(changes: CatalogChange[], current: CurrentCatalog): void {
  const added = new Set(changes.filter((c) => c.target === 'team').map((c) => c.targetId));
  for (const change of changes.filter((c) => c.target === 'service')) {
    const owner = String(change.entry.ownerTeamId);
    if (!current.teams.has(owner) && !added.has(owner))
      throw invalidInput([
        {
          field: 'accept',
          reason: `"${change.name}" is owned by team "${owner}", which is neither in the organisation nor accepted from this file`,
        },
      ]);
  }
}

/** A person accepts some or all of a staged import: the catalogue and the organisation change, audited. */
export const applyCatalogImport = defineCommand({
  name: 'applyCatalogImport',
  summary: 'Accept some or all changes of a staged catalogue import',
  input: applyCatalogImportInput,
  permission: 'administrator',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person accepts catalogue changes');
    const imported = await reads.get('catalogImports', input.importId);
    if (!imported) throw notFound('catalogue import', input.importId);
    if (imported.status !== 'staged') throw conflict(`This import was already ${imported.status}`);
    const changes = acceptedChanges(imported, input.accept);
    const current = await readCurrentCatalog(reads);
    for (const change of changes) {
      const stale = change.target === 'service' ? staleField(change, current) : undefined;
      if (stale)
        throw conflict(
          `"${change.name}" (${stale}) changed since this file was read: import it again to see the current differences`,
        );
    }
    checkOwners(changes, current);
    const stamp = {
      hlc: context.nextHlc(),
      at: context.now.toISOString(),
      by: `${context.actor.kind}:${context.actor.id}`,
    };
    const writes: DocumentWrite[] = changes.flatMap((change): DocumentWrite[] =>
      change.target === 'team'
        ? [
            {
              kind: 'organisation',
              document: {
                id: change.targetId,
                kind: 'team',
                name: change.name,
                team: { memberIds: [] },
                hlc: stamp.hlc,
              },
            },
          ]
        : serviceWrites(change.entry as unknown as ServiceEntry, current, imported, stamp),
    );
    const decided: CatalogImportDoc = {
      ...imported,
      status: 'applied',
      acceptedChangeIds: changes.map((change) => change.id),
      decidedAt: stamp.at,
      decidedBy: stamp.by,
      hlc: stamp.hlc,
    };
    writes.push({ kind: 'catalogImports', document: decided });
    return { writes, result: decided };
  },
});

export const discardCatalogImportInput = z.strictObject({ importId: idField });

/** A person rejects a staged import as a whole: nothing changes, and it no longer waits for review. */
export const discardCatalogImport = defineCommand({
  name: 'discardCatalogImport',
  summary: 'Discard a staged catalogue import without changing anything',
  input: discardCatalogImportInput,
  permission: 'administrator',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person discards catalogue imports');
    const imported = await reads.get('catalogImports', input.importId);
    if (!imported) throw notFound('catalogue import', input.importId);
    if (imported.status !== 'staged') throw conflict(`This import was already ${imported.status}`);
    const discarded: CatalogImportDoc = {
      ...imported,
      status: 'discarded',
      decidedAt: context.now.toISOString(),
      decidedBy: `${context.actor.kind}:${context.actor.id}`,
      hlc: context.nextHlc(),
    };
    return { writes: [{ kind: 'catalogImports', document: discarded }], result: discarded };
  },
});
