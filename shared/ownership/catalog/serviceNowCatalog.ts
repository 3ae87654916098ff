import type { FieldProblem } from '../../commands/errors.ts';
import {
  CatalogFileError,
  catalogId,
  checkUniqueIds,
  lineProblem,
  type ParsedCatalog,
} from './catalogEntry.ts';
import { csvObjects, CsvSyntaxError } from './csv.ts';

/** `busines_criticality` (ServiceNow's spelling): "1 - most critical" … "4 - not critical". */
function tierOf(criticality: string): number | string {
  if (!criticality) return 3;
  const tier = Number(criticality.trim().charAt(0));
  return tier >= 1 && tier <= 4
    ? tier
    : `"${criticality}" is not a business criticality from 1 to 4`;
}

const KIND_BY_CLASS: Record<string, 'component' | 'system' | 'resource'> = {
  cmdb_ci_service: 'system',
  cmdb_ci_service_business: 'system',
  cmdb_ci_service_technical: 'component',
  cmdb_ci_appl: 'component',
  cmdb_ci_database: 'resource',
  cmdb_ci_db_instance: 'resource',
};

/** A Table API field read with `sysparm_display_value=all` is `{ display_value, value }`. */
function display(value: unknown): string {
  if (value && typeof value === 'object' && 'display_value' in value)
    return String((value as { display_value: unknown }).display_value ?? '').trim();
  return value === undefined || value === null ? '' : String(value).trim();
}

type Row = { line: number; values: Record<string, unknown> };

function addRecord({ line, values }: Row, catalog: ParsedCatalog): FieldProblem[] {
  const name = display(values.name);
  if (!name) return [lineProblem(line, 'name', 'every CI record needs a name')];
  const group = display(values.support_group) || display(values.managed_by_group);
  if (!group)
    return [
      lineProblem(
        line,
        'support_group',
        `"${name}" has neither support_group nor managed_by_group`,
      ),
    ];
  const tier = tierOf(display(values.busines_criticality));
  if (typeof tier === 'string') return [lineProblem(line, 'busines_criticality', tier)];
  const description = display(values.short_description);
  catalog.services.push({
    id: catalogId(name),
    name,
    entityKind: KIND_BY_CLASS[display(values.sys_class_name)] ?? 'component',
    tier,
    ownerTeamId: catalogId(group),
    dependsOn: [],
    raci: {},
    line,
    ...(description ? { description } : {}),
  });
  if (!catalog.teams.some((team) => team.id === catalogId(group)))
    catalog.teams.push({ id: catalogId(group), name: group, line });
  return [];
}

/** The Table API's JSON (`{ "result": [...] }`) or a bare array of records; line = record number. */
function jsonRows(content: string): Row[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    throw new CatalogFileError([lineProblem(1, 'json', (error as Error).message)]);
  }
  const records = Array.isArray(parsed) ? parsed : (parsed as { result?: unknown })?.result;
  if (!Array.isArray(records))
    throw new CatalogFileError([lineProblem(1, 'result', 'expected { "result": [ CI records ] }')]);
  return records.map((values, index) => ({
    line: index + 1,
    values: values as Record<string, unknown>,
  }));
}

/**
 * A ServiceNow CMDB export of CI records, as the Table API's JSON or as the
 * list view's CSV export: `name`, `support_group` (or `managed_by_group`) as
 * the owner, `busines_criticality` as the tier, `sys_class_name` for the
 * kind. Dependencies live in `cmdb_rel_ci`, which this does not read.
 * In JSON, "line" counts records (the first is 1).
 */
export function parseServiceNowCatalog(content: string): ParsedCatalog {
  let rows: Row[];
  if (/^\s*[[{]/.test(content)) rows = jsonRows(content);
  else
    try {
      rows = csvObjects(content);
    } catch (error) {
      if (error instanceof CsvSyntaxError)
        throw new CatalogFileError([lineProblem(error.line, 'row', error.message)]);
      throw error;
    }
  const catalog: ParsedCatalog = {
    services: [],
    teams: [],
    // Dependencies (cmdb_rel_ci), systems and RACI are not in CI records.
    provides: ['name', 'entityKind', 'description', 'tier', 'ownerTeamId'],
  };
  const problems = rows.flatMap((row) => addRecord(row, catalog));
  if (problems.length === 0 && rows.length === 0)
    problems.push(lineProblem(1, 'result', 'the export holds no CI records'));
  problems.push(...checkUniqueIds(catalog));
  if (problems.length > 0) throw new CatalogFileError(problems);
  return catalog;
}
