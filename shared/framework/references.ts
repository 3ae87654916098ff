import type { CommandReads } from '../commands/command.ts';
import { conflict, invalidInput, notFound } from '../commands/errors.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import type { PersonDoc } from '../schema/person.ts';

/** A person named in the input; an unknown id is bad input on that field. */
export async function requirePersonField(
  reads: CommandReads,
  personId: string,
  field: string,
): Promise<PersonDoc> {
  const person = await reads.get('people', personId);
  if (!person)
    throw invalidInput([{ field, reason: `no person with id "${personId}" in this workspace` }]);
  return person;
}

/** Services named in the input must be in the organisation's service list. */
export async function requireServicesField(
  reads: CommandReads,
  serviceIds: readonly string[],
  field: string,
): Promise<void> {
  for (const [index, serviceId] of serviceIds.entries()) {
    const unit = await reads.get('organisation', serviceId);
    if (unit?.kind !== 'service')
      throw invalidInput([
        { field: `${field}.${index}`, reason: `no service with id "${serviceId}"` },
      ]);
  }
}

/** The incident a command acts on. */
export async function requireIncident(
  reads: CommandReads,
  incidentId: string,
): Promise<IncidentDoc> {
  const incident = await reads.get('incidents', incidentId);
  if (!incident) throw notFound('incident', incidentId);
  return incident;
}

/** The incident, refusing one that is closed: a closed incident's record is final. */
export async function requireOpenIncident(
  reads: CommandReads,
  incidentId: string,
): Promise<IncidentDoc> {
  const incident = await requireIncident(reads, incidentId);
  if (incident.status === 'closed')
    throw conflict(
      `${incident.reference} is closed; its record is final — declare a new incident if the problem is back`,
    );
  return incident;
}

/** Display name for messages; the id when the person is unknown. */
export async function displayNameOf(reads: CommandReads, personId: string): Promise<string> {
  return (await reads.get('people', personId))?.displayName ?? personId;
}

/** A person who is to take charge (command, a sub-incident) must be here to do it. */
export async function requirePresentPersonField(
  reads: CommandReads,
  personId: string,
  field: string,
  duty: string,
): Promise<PersonDoc> {
  const person = await requirePersonField(reads, personId, field);
  const status = person.availability?.status;
  if (status === 'away' || status === 'off-shift')
    throw invalidInput([
      {
        field,
        reason: `${person.displayName} is ${status === 'away' ? 'away' : 'off shift'}; ${duty} someone who is here`,
      },
    ]);
  return person;
}
