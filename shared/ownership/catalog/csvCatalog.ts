import type { CatalogComparedField } from '../../schema/catalog.ts';
import {
  CatalogFileError,
  catalogId,
  checkUniqueIds,
  lineProblem,
  parseTier,
  type ImportedService,
  type ParsedCatalog,
} from './catalogEntry.ts';
import { csvObjects, CsvSyntaxError } from './csv.ts';
import { raciFromFlatKeys, splitIds } from './raciColumns.ts';

const ENTITY_KINDS = {
  service: 'component',
  component: 'component',
  system: 'system',
  resource: 'resource',
} as const;

/** A CSV file sets the fields it has columns for: no `dependsOn` column leaves dependencies alone. */
function providedColumns(rows: { values: Record<string, string> }[]): CatalogComparedField[] {
  const columns = Object.keys(rows[0]?.values ?? {});
  const optional: [CatalogComparedField, boolean][] = [
    ['description', columns.includes('description')],
    ['tier', columns.includes('tier')],
    ['system', columns.includes('system')],
    ['dependsOn', columns.includes('dependson')],
    ['entityKind', columns.includes('kind')],
    [
      'raci',
      columns.some((column) =>
        /^[a-z]+\.(responsible|accountable|consulted|informed)$/.test(column),
      ),
    ],
  ];
  return ['name', 'ownerTeamId', ...optional.filter(([, has]) => has).map(([field]) => field)];
}

/**
 * The catalogue as a CSV file, one row per service or team. Columns: `name`
 * (required), `id`, `kind` (service, system, resource or team), `tier`,
 * `owner` (team), `dependsOn` and team lists separated by `;`, `system`,
 * `description`, and the RACI as `<activity>.<role>` columns
 * (e.g. `respond.accountable`).
 */
export function parseCsvCatalog(text: string): ParsedCatalog {
  let rows;
  try {
    rows = csvObjects(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new CatalogFileError([lineProblem(error.line, 'row', error.message)]);
    throw error;
  }
  if (rows.length === 0)
    throw new CatalogFileError([
      lineProblem(1, 'file', 'a header row and at least one row are needed'),
    ]);
  const catalog: ParsedCatalog = { services: [], teams: [], provides: providedColumns(rows) };
  const problems = rows.flatMap(({ line, values }) => {
    const name = values.name ?? '';
    if (!name) return [lineProblem(line, 'name', 'every row needs a name')];
    const id = catalogId(values.id || name);
    const kind = (values.kind || 'service').toLowerCase();
    if (kind === 'team') {
      catalog.teams.push({ id, name, line });
      return [];
    }
    if (!(kind in ENTITY_KINDS))
      return [lineProblem(line, 'kind', `"${kind}" is not service, system, resource or team`)];
    const tier = parseTier(values.tier);
    if (typeof tier === 'string') return [lineProblem(line, 'tier', tier)];
    const owner = catalogId(values.owner ?? '');
    if (!owner) return [lineProblem(line, 'owner', `"${name}" needs an owning team`)];
    const { raci, problems: raciProblems } = raciFromFlatKeys(values);
    const service: ImportedService = {
      id,
      name,
      entityKind: ENTITY_KINDS[kind as keyof typeof ENTITY_KINDS],
      tier,
      ownerTeamId: owner,
      dependsOn: splitIds(values.dependson),
      raci,
      line,
      ...(values.description ? { description: values.description } : {}),
      ...(values.system ? { system: catalogId(values.system) } : {}),
    };
    catalog.services.push(service);
    return raciProblems.map((problem) => lineProblem(line, problem.key, problem.reason));
  });
  problems.push(...checkUniqueIds(catalog));
  if (problems.length > 0) throw new CatalogFileError(problems);
  return catalog;
}
