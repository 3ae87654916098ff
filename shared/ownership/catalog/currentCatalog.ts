import type { CommandReads } from '../../commands/command.ts';
import type { ServiceUnit, TeamUnit } from '../../schema/organisationUnit.ts';
import type { CurrentCatalog } from './catalogDiff.ts';

/** The catalogue and the organisation's teams and services, as a command reads them. */
export async function readCurrentCatalog(reads: CommandReads): Promise<CurrentCatalog> {
  const [services, units] = await Promise.all([
    reads.find('catalogServices', {}),
    reads.find('organisation', {}),
  ]);
  return {
    services: new Map(services.map((service) => [service.id, service])),
    organisationServices: new Map(
      units
        .filter((unit): unit is ServiceUnit => unit.kind === 'service' && !!unit.service)
        .map((unit) => [unit.id, unit]),
    ),
    teams: new Map(
      units
        .filter((unit): unit is TeamUnit => unit.kind === 'team' && !!unit.team)
        .map((unit) => [unit.id, unit]),
    ),
  };
}
