import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useCommandStructure } from '../../app/db/commandQueries.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { availabilityLabel } from '../command/commandLabels.ts';
import { labelOfRole, sortedAssignments } from '../command/roleOptions.ts';

/** Who holds which command role in the focus incident, so the room knows whom to ask. */
export function RolesPanel({ incident }: { incident: IncidentDoc }) {
  const structure = useCommandStructure();
  const people = usePeopleById();
  const holders = sortedAssignments(incident.roles ?? [], structure);
  return (
    <section className="wall-roles-panel" aria-label="Who holds which role">
      <h3 className="wall-block-title">Who holds which role</h3>
      {holders.length === 0 ? (
        <p className="wall-loud wall-roles-none">NO INCIDENT COMMANDER</p>
      ) : (
        <ul className="wall-roles">
          {holders.map((holder) => {
            const person = people.get(holder.personId);
            const status = person?.availability?.status;
            return (
              <li
                key={`${holder.role}:${holder.personId}`}
                className="wall-role"
                data-testid="wall-role"
              >
                <span className="wall-role-label">{labelOfRole(holder.role, structure)}</span>
                <span className="wall-role-person">{person?.displayName ?? holder.personId}</span>
                {status && status !== 'available' ? (
                  <span className="wall-role-away">{availabilityLabel(status)}</span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
