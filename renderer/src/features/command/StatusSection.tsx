import { ACTIVE_STATUSES } from '../../../../shared/domain/incident.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { Button } from '../../ui/Button.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';
import { StatusPill } from '../../ui/StatusPill.tsx';
import { CriteriaReviewNotice } from '../declaration/CriteriaReviewNotice.tsx';
import { incidentTypeLabel } from '../incidents/incidentOptions.ts';
import { useNow } from '../incidents/useNow.ts';
import { ChangeStatusDialog } from './ChangeStatusDialog.tsx';
import { complianceFlagLabel } from './commandLabels.ts';
import { ReclassifyDialog } from './ReclassifyDialog.tsx';
import { useIncidentDialog } from './useIncidentDialog.ts';

/** Where the incident stands and how it was classified; change either from here. */
export function StatusSection({
  incident,
  readOnly,
}: {
  incident: IncidentDoc;
  readOnly: boolean;
}) {
  const changeStatus = useIncidentDialog('change-status');
  const resolve = useIncidentDialog('resolve-incident');
  const active = (ACTIVE_STATUSES as readonly string[]).includes(incident.status);
  const reclassify = useIncidentDialog('reclassify');
  const flags = incident.complianceFlags ?? [];
  const now = useNow(60_000);
  return (
    <section className="command-panel" aria-label="Status">
      <h2 className="section-title">Status</h2>
      <dl className="command-facts">
        <div>
          <dt>Status</dt>
          <dd>
            <StatusPill status={incident.status} />
          </dd>
        </div>
        <div>
          <dt>Severity</dt>
          <dd>
            <SeverityBadge severity={incident.severity} withLabel />
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{incidentTypeLabel(incident.type)}</dd>
        </div>
        <div>
          <dt>Compliance</dt>
          <dd>
            {flags.length ? (
              <ul className="tag-list">
                {flags.map((flag) => (
                  <li key={flag} className="compliance-flag">
                    {complianceFlagLabel(flag)}
                  </li>
                ))}
              </ul>
            ) : (
              'None raised'
            )}
          </dd>
        </div>
        <div>
          <dt>Criteria</dt>
          <dd>{incident.classification?.criteriaVersion ?? 'Not classified'}</dd>
        </div>
      </dl>
      {readOnly ? null : <CriteriaReviewNotice now={new Date(now)} />}
      {readOnly ? null : (
        <div className="command-actions">
          {active ? <Button onClick={resolve.show}>Resolve</Button> : null}
          <Button onClick={changeStatus.show}>Change status</Button>
          <Button onClick={reclassify.show}>Reclassify</Button>
        </div>
      )}
      {changeStatus.open ? (
        <ChangeStatusDialog incident={incident} onClose={changeStatus.close} />
      ) : null}
      {resolve.open ? (
        <ChangeStatusDialog incident={incident} onClose={resolve.close} initialStatus="resolved" />
      ) : null}
      {reclassify.open ? <ReclassifyDialog incident={incident} onClose={reclassify.close} /> : null}
    </section>
  );
}
