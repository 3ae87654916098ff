import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useCommandStructure } from '../../app/db/commandQueries.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { availabilityLabel } from '../command/commandLabels.ts';
import { labelOfRole, sortedAssignments } from '../command/roleOptions.ts';
import { WallIncidentTags } from './WallIncidentTags.tsx';

/** Who holds which command role in the most severe incident, so the room knows whom to ask. */
export function RolesPanel({ incident }: { incident: IncidentDoc }) {
  const structure = useCommandStructure();
  const people = usePeopleById();
  const holders = sortedAssignments(incident.roles ?? [], structure);
  return (
    <div className="wall-roles-panel">
      <div className="wall-focus-heading">
        <WallIncidentTags incident={incident} />
        <span className="wall-focus-title">{incident.title}</span>
      </div>
      {holders.length === 0 ? (
        <p className="wall-caption">Nobody holds a role yet.</p>
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
    </div>
  );
}
