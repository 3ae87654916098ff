import type { CommunicationDoc } from '../../../../shared/schema/communication.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useEscalations } from '../../app/db/commandQueries.ts';
import { currentEscalation } from '../command/escalationView.ts';
import { cadenceViews } from '../communications/communicationView.ts';
import { currentBriefOf, useBriefs } from '../handoffs/handoffQueries.ts';
import { useShiftStatus } from '../handoffs/useShiftStatus.ts';
import { ElapsedClock } from '../incidents/ElapsedClock.tsx';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { handoffBriefState } from './handoffBriefState.ts';
import { pageStateOf } from './pageState.ts';
import { WallFactCell } from './WallFactCell.tsx';
import { handoffFact, nextUpdateFact } from './wallFacts.ts';
import { WallIncidentTags } from './WallIncidentTags.tsx';

export interface OverviewRowProps {
  incident: IncidentDoc;
  cadences: readonly CommunicationDoc[];
  nameOf(personId: string): string;
  audienceName(audienceId: string): string;
  /** In the detail area now: the row is outlined so the room can match the two. */
  focused: boolean;
}

/**
 * One active incident on the overview: what it is, who commands it, who is
 * paged and whether they answered, when stakeholders hear next and when
 * command changes hands. Missing command and unanswered pages shout.
 */
export function OverviewRow({
  incident,
  cadences,
  nameOf,
  audienceName,
  focused,
}: OverviewRowProps) {
  const { time } = useTimeFormat();
  const { commanderId, shift, now } = useShiftStatus(incident);
  const { documents: escalations } = useEscalations(incident.id);
  const page = pageStateOf(currentEscalation(escalations), { nameOf, time });
  const update = nextUpdateFact(cadenceViews(cadences, new Date(now)), audienceName, time);
  const handoff = handoffFact(shift, now, time);
  const brief = handoffBriefState(currentBriefOf(useBriefs(incident.id).documents), nameOf);
  const severity = incident.severity.toLowerCase();
  return (
    <li
      className={`wall-row wall-row-${severity}${focused ? ' wall-row-focused' : ''}`}
      data-testid="wall-incident"
      data-incident-id={incident.id}
    >
      <div className="wall-row-head">
        <WallIncidentTags incident={incident} />
        <span className="wall-row-title" data-testid="wall-incident-title">
          {incident.title}
        </span>
      </div>
      <ElapsedClock since={incident.declaredAt} className="wall-row-elapsed" />
      <dl className="wall-row-facts">
        <WallFactCell label="Commander" loud={!commanderId} testId="wall-commander">
          {commanderId ? nameOf(commanderId) : 'NO INCIDENT COMMANDER'}
        </WallFactCell>
        <WallFactCell label="Paging" tone={page.tone} loud={page.loud} testId="wall-page-state">
          <strong className="wall-page-headline">{page.headline}</strong>
          {page.detail ? <span className="wall-page-detail">{page.detail}</span> : null}
        </WallFactCell>
        <WallFactCell label="Next update" tone={update.tone} testId="wall-next-update">
          {update.text}
        </WallFactCell>
        <WallFactCell label="Handoff due" tone={handoff.tone} testId="wall-handoff-due">
          {handoff.text}
          {brief.tone !== 'none' || shift ? (
            <span className="wall-page-detail" data-testid="wall-handoff-brief">
              {brief.text}
            </span>
          ) : null}
        </WallFactCell>
      </dl>
    </li>
  );
}
