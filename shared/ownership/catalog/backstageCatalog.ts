import { load, YAMLException } from 'js-yaml';
import type { FieldProblem } from '../../commands/errors.ts';
import { CATALOG_COMPARED_FIELDS } from '../../schema/catalog.ts';
import {
  CatalogFileError,
  catalogId,
  checkUniqueIds,
  lineProblem,
  parseTier,
  type ParsedCatalog,
} from './catalogEntry.ts';
import { raciFromFlatKeys } from './raciColumns.ts';

const SERVICE_KINDS = { Component: 'component', System: 'system', Resource: 'resource' } as const;
/** Backstage has no tier of its own: a label or annotation carries it. */
const TIER_KEYS = ['lantern.dev/tier', 'tier'];
const RACI_PREFIX = 'lantern.dev/raci.';

interface YamlDocument {
  line: number;
  text: string;
}

/** `catalog-info.yaml` holds several entities separated by `---`; each keeps its first line. */
function splitDocuments(text: string): YamlDocument[] {
  const documents: YamlDocument[] = [];
  let current: YamlDocument = { line: 1, text: '' };
  text.split(/\r?\n/).forEach((lineText, index) => {
    if (/^---\s*$/.test(lineText)) {
      documents.push(current);
      current = { line: index + 2, text: '' };
    } else current.text += `${lineText}\n`;
  });
  documents.push(current);
  return documents.filter((document) => document.text.trim() !== '');
}

type Entity = Record<string, unknown>;
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

type Read = { entity: Entity } | { problem: FieldProblem };

function readDocument(document: YamlDocument): Read {
  try {
    const entity = load(document.text);
    if (!entity || typeof entity !== 'object' || Array.isArray(entity))
      return {
        problem: lineProblem(
          document.line,
          'document',
          'an entity is a mapping with apiVersion, kind, metadata and spec',
        ),
      };
    return { entity: entity as Entity };
  } catch (error) {
    if (error instanceof YAMLException)
      return {
        problem: lineProblem(document.line + (error.mark?.line ?? 0), 'yaml', error.reason),
      };
    throw error;
  }
}

/** One entity into the catalogue, or the problems with it (kinds Lantern does not use are skipped). */
function addEntity(entity: Entity, line: number, catalog: ParsedCatalog): FieldProblem[] {
  const kind = text(entity.kind) ?? '';
  const metadata = record(entity.metadata);
  const spec = record(entity.spec);
  const name = text(metadata.name);
  if (!name) return [lineProblem(line, 'metadata.name', 'every entity needs a name')];
  if (kind === 'Group') {
    catalog.teams.push({
      id: catalogId(name),
      name: text(spec.profile && record(spec.profile).displayName) ?? name,
      line,
    });
    return [];
  }
  if (!(kind in SERVICE_KINDS)) return [];
  const owner = text(spec.owner);
  if (!owner) return [lineProblem(line, 'spec.owner', `${kind} "${name}" needs an owner`)];
  const annotations = { ...record(metadata.labels), ...record(metadata.annotations) } as Record<
    string,
    string
  >;
  const tierValue = TIER_KEYS.map((key) => annotations[key]).find((value) => value !== undefined);
  const tier = parseTier(tierValue);
  if (typeof tier === 'string')
    return [lineProblem(line, 'metadata.annotations.lantern.dev/tier', tier)];
  const dependsOn = spec.dependsOn ?? [];
  if (!Array.isArray(dependsOn))
    return [lineProblem(line, 'spec.dependsOn', 'a list of entity references')];
  const { raci, problems } = raciFromFlatKeys(annotations, RACI_PREFIX);
  const description = text(metadata.description);
  const system = text(spec.system);
  catalog.services.push({
    id: catalogId(name),
    name: text(metadata.title) ?? name,
    entityKind: SERVICE_KINDS[kind as keyof typeof SERVICE_KINDS],
    tier,
    ownerTeamId: catalogId(owner),
    dependsOn: [...new Set(dependsOn.map((reference) => catalogId(String(reference))))],
    raci,
    line,
    ...(description ? { description } : {}),
    ...(system ? { system: catalogId(system) } : {}),
  });
  return problems.map((problem) =>
    lineProblem(line, `metadata.annotations.${problem.key}`, problem.reason),
  );
}

/**
 * Backstage `catalog-info.yaml`: Component, System and Resource entities
 * become services (`spec.owner`, `spec.dependsOn`, `spec.system`), Group
 * entities teams. Other kinds (API, User, Domain, Location) are skipped.
 * A problem names the line its entity starts on (or the YAML error's line).
 */
export function parseBackstageCatalog(content: string): ParsedCatalog {
  const catalog: ParsedCatalog = { services: [], teams: [], provides: CATALOG_COMPARED_FIELDS };
  const problems: FieldProblem[] = [];
  for (const document of splitDocuments(content)) {
    const read = readDocument(document);
    if ('problem' in read) problems.push(read.problem);
    else problems.push(...addEntity(read.entity, document.line, catalog));
  }
  if (problems.length === 0 && catalog.services.length === 0 && catalog.teams.length === 0)
    problems.push(
      lineProblem(1, 'kind', 'no Component, System, Resource or Group entity in the file'),
    );
  problems.push(...checkUniqueIds(catalog));
  if (problems.length > 0) throw new CatalogFileError(problems);
  return catalog;
}
