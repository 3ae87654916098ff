import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useCommandStructure } from '../../app/db/commandQueries.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { AssignRoleDialog } from './AssignRoleDialog.tsx';
import { availabilityLabel } from './commandLabels.ts';
import { INCIDENT_COMMANDER, labelOfRole, sortedAssignments } from './roleOptions.ts';
import { TransferCommandDialog } from './TransferCommandDialog.tsx';
import { useIncidentDialog } from './useIncidentDialog.ts';

/** Who holds each command role now, and changes to that. */
export function RolesSection({ incident, readOnly }: { incident: IncidentDoc; readOnly: boolean }) {
  const structure = useCommandStructure();
  const people = usePeopleById();
  const assign = useIncidentDialog('assign-role');
  const transfer = useIncidentDialog('transfer-command');
  const release = useCommand('releaseRole');
  const holders = sortedAssignments(incident.roles ?? [], structure);
  return (
    <section className="command-panel" aria-label="Roles">
      <h2 className="section-title">Roles</h2>
      {holders.length === 0 ? <p className="muted">Nobody holds a role yet.</p> : null}
      <ul className="role-list">
        {holders.map((holder) => {
          const person = people.get(holder.personId);
          const name = person?.displayName ?? holder.personId;
          const label = labelOfRole(holder.role, structure);
          const status = person?.availability?.status;
          return (
            <li
              key={`${holder.role}:${holder.personId}`}
              className="role-holder"
              data-testid="role-holder"
            >
              <span className="role-label">{label}</span>
              <span className="role-person">{name}</span>
              {status && status !== 'available' ? (
                <span className="availability-tag">{availabilityLabel(status)}</span>
              ) : null}
              {readOnly || holder.role === INCIDENT_COMMANDER ? null : (
                <Button
                  variant="ghost"
                  aria-label={`Release ${name} from ${label}`}
                  onClick={() =>
                    void release.send({
                      incidentId: incident.id,
                      role: holder.role,
                      personId: holder.personId,
                    })
                  }
                >
                  Release
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {readOnly ? null : (
        <div className="command-actions">
          <Button onClick={assign.show}>Assign role</Button>
          <Button onClick={transfer.show}>Transfer command</Button>
        </div>
      )}
      {assign.open ? <AssignRoleDialog incident={incident} onClose={assign.close} /> : null}
      {transfer.open ? (
        <TransferCommandDialog incident={incident} onClose={transfer.close} />
      ) : null}
    </section>
  );
}
