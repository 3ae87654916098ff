import { RACI_ACTIVITIES, type Raci, type RaciEntry } from '../../schema/catalog.ts';
import { catalogId } from './catalogEntry.ts';

const ROLES = ['responsible', 'accountable', 'consulted', 'informed'] as const;

/**
 * A RACI from flat keys `<activity>.<role>` (CSV columns, Backstage
 * annotations `lantern.dev/raci.<activity>.<role>`): team names separated
 * by `;` or `,`. An accountable role names one team; the problem otherwise.
 */
export function raciFromFlatKeys(
  values: Record<string, string | undefined>,
  prefix = '',
): { raci: Raci; problems: { key: string; reason: string }[] } {
  const raci: Raci = {};
  const problems: { key: string; reason: string }[] = [];
  for (const activity of RACI_ACTIVITIES) {
    const entry: RaciEntry = { responsible: [], consulted: [], informed: [] };
    let present = false;
    for (const role of ROLES) {
      const key = `${prefix}${activity}.${role}`;
      const teams = splitIds(values[key]);
      if (teams.length === 0) continue;
      present = true;
      if (role === 'accountable') {
        if (teams.length > 1)
          problems.push({ key, reason: 'exactly one team is accountable for an activity' });
        entry.accountable = teams[0];
      } else entry[role] = teams;
    }
    if (present) raci[activity] = entry;
  }
  return { raci, problems };
}

export function splitIds(value: string | undefined): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(/[;,]/)
        .map((name) => catalogId(name.trim()))
        .filter(Boolean),
    ),
  ];
}
