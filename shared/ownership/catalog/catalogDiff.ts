import {
  CATALOG_COMPARED_FIELDS,
  type CatalogChange,
  type CatalogFormat,
  type CatalogServiceDoc,
  type FieldChange,
} from '../../schema/catalog.ts';
import type { ServiceUnit, TeamUnit } from '../../schema/organisationUnit.ts';
import { canonicalJson } from '../../audit/canonicalJson.ts';
import type { ImportedService, ParsedCatalog } from './catalogEntry.ts';

/** What the catalogue holds now, for the comparison. */
export interface CurrentCatalog {
  services: ReadonlyMap<string, CatalogServiceDoc>;
  /** Services known only from the organisation file (not yet in the catalogue). */
  organisationServices: ReadonlyMap<string, ServiceUnit>;
  teams: ReadonlyMap<string, TeamUnit>;
}

/** The compared fields of a service, as the catalogue would hold them. */
export type ComparedService = Pick<CatalogServiceDoc, (typeof CATALOG_COMPARED_FIELDS)[number]>;

export function comparedFields(service: ImportedService | CatalogServiceDoc): ComparedService {
  return {
    name: service.name,
    entityKind: service.entityKind,
    description: service.description,
    tier: service.tier,
    ownerTeamId: service.ownerTeamId,
    system: service.system,
    dependsOn: [...service.dependsOn].sort(),
    raci: service.raci,
  };
}

function fromOrganisation(unit: ServiceUnit): ComparedService {
  return {
    name: unit.name,
    entityKind: 'component',
    description: unit.service.description,
    tier: unit.service.tier,
    ownerTeamId: unit.service.ownerTeamId,
    system: undefined,
    dependsOn: [],
    raci: {},
  };
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/** The claim field a source's row changes: `claims.<source>` with the team it names. */
export const claimField = (source: CatalogFormat) => `claims.${source}`;

function serviceChange(
  imported: ImportedService,
  current: CurrentCatalog,
  source: CatalogFormat,
  provides: ParsedCatalog['provides'],
): CatalogChange | undefined {
  const existing = current.services.get(imported.id);
  const unit = current.organisationServices.get(imported.id);
  const before = existing ? comparedFields(existing) : unit ? fromOrganisation(unit) : undefined;
  const incoming = comparedFields(imported);
  // Fields the file does not carry keep the catalogue's values (a CMDB export has no RACI).
  const after: ComparedService = before ? { ...before } : incoming;
  for (const field of provides) Object.assign(after, { [field]: incoming[field] });
  const fields: FieldChange[] = CATALOG_COMPARED_FIELDS.filter(
    (field) => !same(before?.[field], after[field]),
  ).map((field) => ({ field, before: before?.[field] ?? null, after: after[field] ?? null }));
  const claimed = existing?.claims.find((claim) => claim.source === source)?.teamId;
  if (claimed !== imported.ownerTeamId)
    fields.push({
      field: claimField(source),
      before: claimed ?? null,
      after: imported.ownerTeamId,
    });
  if (before && fields.length === 0) return undefined;
  const entry = Object.fromEntries(
    Object.entries({ id: imported.id, ...after }).filter(([, value]) => value !== undefined),
  );
  return {
    id: `service:${imported.id}`,
    target: 'service',
    targetId: imported.id,
    op: existing || before ? 'update' : 'add',
    name: imported.name,
    fields,
    entry,
  };
}

/**
 * The diff a person reviews before anything changes: services added or
 * changed field by field (with the source's ownership claim), teams added.
 * Teams already in the organisation are left as they are.
 */
export function catalogDiff(
  parsed: ParsedCatalog,
  current: CurrentCatalog,
  source: CatalogFormat,
): { changes: CatalogChange[]; unchangedCount: number } {
  const changes: CatalogChange[] = [];
  let unchangedCount = 0;
  for (const team of parsed.teams) {
    if (current.teams.has(team.id)) unchangedCount++;
    else
      changes.push({
        id: `team:${team.id}`,
        target: 'team',
        targetId: team.id,
        op: 'add',
        name: team.name,
        fields: [{ field: 'name', before: null, after: team.name }],
        entry: { id: team.id, name: team.name },
      });
  }
  for (const service of parsed.services) {
    const change = serviceChange(service, current, source, parsed.provides);
    if (change) changes.push(change);
    else unchangedCount++;
  }
  return { changes, unchangedCount };
}

/**
 * Teams and services share the organisation's id space: a service named
 * like a team (Backstage's group "payments" and component "payments") would
 * overwrite it, so the file is refused with the line to rename.
 */
export function idCollisions(parsed: ParsedCatalog, current: CurrentCatalog) {
  const teamIds = new Set([...current.teams.keys(), ...parsed.teams.map((team) => team.id)]);
  return parsed.services
    .filter((service) => teamIds.has(service.id))
    .map((service) => ({
      field: `line ${service.line}: name`,
      reason: `"${service.id}" is also a team's id; give the service another name`,
    }));
}
