import type { CatalogServiceDoc, RaciActivity } from '../schema/catalog.ts';

/** What the matrix says for responding to a service's incident; absent when it says nothing. */
export interface MatrixAnswer {
  accountable: string;
  responsible: string[];
  consulted: string[];
  informed: string[];
}

export interface OwnershipConflict {
  serviceId: string;
  serviceName: string;
  /** Each distinct team some source names as owner, with the sources that name it. */
  claimants: { teamId: string; sources: string[] }[];
  answer?: MatrixAnswer;
}

/** The matrix's answer for one activity of a service (respond, by default). */
export function matrixAnswer(
  service: CatalogServiceDoc,
  activity: RaciActivity = 'respond',
): MatrixAnswer | undefined {
  const entry = service.raci[activity];
  if (!entry?.accountable) return undefined;
  return {
    accountable: entry.accountable,
    responsible: entry.responsible,
    consulted: entry.consulted,
    informed: entry.informed,
  };
}

/**
 * A service has an ownership conflict when its sources name more than one
 * owning team (the catalogue says payments, the CMDB says platform). The
 * matrix's respond row settles it when it names an accountable team.
 */
export function ownershipConflict(service: CatalogServiceDoc): OwnershipConflict | undefined {
  const byTeam = new Map<string, string[]>();
  for (const claim of service.claims)
    byTeam.set(claim.teamId, [...(byTeam.get(claim.teamId) ?? []), claim.source]);
  if (byTeam.size < 2) return undefined;
  const answer = matrixAnswer(service);
  return {
    serviceId: service.id,
    serviceName: service.name,
    claimants: [...byTeam].map(([teamId, sources]) => ({ teamId, sources: sources.sort() })),
    ...(answer ? { answer } : {}),
  };
}

export function ownershipConflicts(services: readonly CatalogServiceDoc[]): OwnershipConflict[] {
  return services.flatMap((service) => ownershipConflict(service) ?? []);
}
