import type { FieldProblem } from '../../commands/errors.ts';
import type { CatalogComparedField, CatalogServiceDoc, Raci } from '../../schema/catalog.ts';

/** A service as a catalogue file describes it, before it is compared with the catalogue. */
export interface ImportedService {
  id: string;
  name: string;
  entityKind: CatalogServiceDoc['entityKind'];
  description?: string;
  tier: number;
  ownerTeamId: string;
  system?: string;
  dependsOn: string[];
  raci: Raci;
  /** The file line the entry starts on, for messages. */
  line: number;
}

export interface ImportedTeam {
  id: string;
  name: string;
  line: number;
}

export interface ParsedCatalog {
  services: ImportedService[];
  teams: ImportedTeam[];
  /** The service fields the file carries; the others are left as the catalogue has them. */
  provides: readonly CatalogComparedField[];
}

/** A file the parser refuses: every problem names its line and field. */
export class CatalogFileError extends Error {
  override name = 'CatalogFileError';
  readonly problems: FieldProblem[];
  constructor(problems: FieldProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.reason}`).join('; '));
    this.problems = problems;
  }
}

export function lineProblem(line: number, field: string, reason: string): FieldProblem {
  return { field: `line ${line}: ${field}`, reason };
}

/**
 * Catalogue names become ids the organisation accepts: lowercase letters,
 * digits and dashes ("Payments Team" → "payments-team",
 * "group:default/payments" → "payments").
 */
export function catalogId(reference: string): string {
  const withoutKind = reference.includes(':')
    ? reference.slice(reference.indexOf(':') + 1)
    : reference;
  const name = withoutKind.includes('/')
    ? withoutKind.slice(withoutKind.lastIndexOf('/') + 1)
    : withoutKind;
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

/** A tier from a file: 1–4, or the problem with it. */
export function parseTier(value: string | number | undefined): number | string {
  if (value === undefined || value === '') return 3;
  const tier =
    typeof value === 'number'
      ? value
      : Number(
          String(value)
            .trim()
            .replace(/^tier-?/i, ''),
        );
  if (!Number.isInteger(tier) || tier < 1 || tier > 4)
    return `"${value}" is not a tier from 1 to 4`;
  return tier;
}

/** Duplicate ids in one file are refused: which entry would win is not the parser's to guess. */
export function checkUniqueIds(catalog: ParsedCatalog): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  for (const entry of [
    ...catalog.services,
    ...catalog.teams.map((team) => ({ ...team, kind: 'team' })),
  ]) {
    const key = `${'kind' in entry ? 'team' : 'service'}:${entry.id}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(
        lineProblem(entry.line, 'name', `"${entry.id}" is already defined on line ${first}`),
      );
    else seen.set(key, entry.line);
  }
  return problems;
}
