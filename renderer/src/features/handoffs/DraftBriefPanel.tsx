import { useState } from 'react';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { usePeople } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { personOptions } from '../command/roleOptions.ts';
import { useCommand } from '../commands/useCommand.ts';

/** No brief is open: the commander drafts one from the incident's records. */
export function DraftBriefPanel({
  incident,
  isCommander,
  commanderName,
  suggestedIncomingId,
}: {
  incident: IncidentDoc;
  isCommander: boolean;
  commanderName: string;
  suggestedIncomingId: string | undefined;
}) {
  const { send, pending, failure } = useCommand('draftHandoffBrief');
  const people = personOptions(usePeople().documents);
  const [incomingLeadId, setIncomingLeadId] = useState(suggestedIncomingId ?? '');
  if (!isCommander)
    return (
      <p className="muted handoff-empty">
        No brief is open. The Incident Commander ({commanderName}) drafts the handoff brief.
      </p>
    );
  return (
    <section className="command-panel handoff-draft" aria-label="Draft a handoff brief">
      <p>
        Draft the shift-handoff brief (ICS 201) from the incident&rsquo;s records since the last
        handover. You can edit every section before you submit it.
      </p>
      <SelectField
        label="Incoming lead"
        options={[{ value: '', label: 'Next on call (from the rotation)' }, ...people]}
        value={incomingLeadId}
        onChange={(event) => setIncomingLeadId(event.target.value)}
      />
      <RefusalNotice failure={failure} />
      <div>
        <Button
          variant="primary"
          busy={pending}
          onClick={() =>
            void send({ incidentId: incident.id, ...(incomingLeadId ? { incomingLeadId } : {}) })
          }
        >
          Draft handoff brief
        </Button>
      </div>
    </section>
  );
}
