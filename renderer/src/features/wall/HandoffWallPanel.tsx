import { briefDuration } from '../../../../shared/handoffs/briefTime.ts';
import type { HandoffDoc } from '../../../../shared/schema/handoff.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { currentBriefOf, useBriefs } from '../handoffs/handoffQueries.ts';
import { useShiftStatus } from '../handoffs/useShiftStatus.ts';
import { formatClockTime } from '../incidents/elapsed.ts';
import { WallIncidentTags } from './WallIncidentTags.tsx';

/** Within this long of the shift's end with no brief submitted, the room should see it. */
const HANDOFF_SOON_MS = 60 * 60_000;

function briefState(brief: HandoffDoc | undefined, nameOf: (id: string) => string) {
  if (!brief || brief.status === 'withdrawn' || brief.status === 'acknowledged')
    return { text: 'No brief drafted', tone: 'none' };
  if (brief.status === 'draft')
    return { text: `Brief #${brief.number} drafted, not submitted`, tone: 'draft' };
  return {
    text: `Brief #${brief.number} submitted — waiting for ${nameOf(brief.incomingLeadId)}`,
    tone: 'submitted',
  };
}

/** Who commands the focus incident, when their shift ends, who is next and where the brief is. */
export function HandoffWallPanel({ incident }: { incident: IncidentDoc }) {
  const people = usePeopleById();
  const nameOf = (id: string) => people.get(id)?.displayName ?? id;
  const { commanderId, shift, now } = useShiftStatus(incident);
  const brief = currentBriefOf(useBriefs(incident.id).documents);
  const state = briefState(brief, nameOf);
  const left = shift ? Date.parse(shift.endsAt) - now : undefined;
  const soon = left !== undefined && left <= HANDOFF_SOON_MS && state.tone !== 'submitted';
  const incoming = brief?.status === 'submitted' ? brief.incomingLeadId : shift?.nextPersonId;
  return (
    <div className="wall-handoff-panel" data-testid="wall-handoff">
      <div className="wall-focus-heading">
        <WallIncidentTags incident={incident} />
        <span className="wall-focus-title">{incident.title}</span>
      </div>
      <dl className="wall-handoff">
        <div>
          <dt>Commanding</dt>
          <dd className="wall-handoff-commander">{commanderId ? nameOf(commanderId) : 'Nobody'}</dd>
        </div>
        <div>
          <dt>Shift ends</dt>
          <dd className={soon ? 'wall-handoff-soon' : undefined}>
            {shift && left !== undefined
              ? `${formatClockTime(shift.endsAt)} · in ${briefDuration(left)}`
              : 'Not on a rotation'}
          </dd>
        </div>
        <div>
          <dt>Next lead</dt>
          <dd>{incoming ? nameOf(incoming) : '—'}</dd>
        </div>
        <div>
          <dt>Handoff brief</dt>
          <dd
            className={`wall-handoff-brief wall-handoff-brief-${state.tone}`}
            data-testid="wall-handoff-brief"
          >
            {state.text}
          </dd>
        </div>
      </dl>
    </div>
  );
}
