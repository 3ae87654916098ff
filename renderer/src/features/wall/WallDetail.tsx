import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useEscalations, useLatestTimeline } from '../../app/db/commandQueries.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { currentEscalation } from '../command/escalationView.ts';
import {
  useCommunicationConfig,
  useIncidentCommunications,
} from '../communications/communicationQueries.ts';
import { useNow } from '../incidents/useNow.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { ActivityChart } from './ActivityChart.tsx';
import { CadenceChart } from './CadenceChart.tsx';
import { cadenceProgress } from './cadenceProgress.ts';
import { EscalationProgress } from './EscalationProgress.tsx';
import { ExerciseBanner } from './ExerciseBanner.tsx';
import { LatestTimelinePanel } from './LatestTimelinePanel.tsx';
import { pageStateOf } from './pageState.ts';
import { RolesPanel } from './RolesPanel.tsx';
import { wallDetailExtensions } from './wallExtensions.ts';
import { WallIncidentTags } from './WallIncidentTags.tsx';

/** Enough of the timeline for an hour's activity chart on a busy incident. */
const ACTIVITY_ENTRIES = 300;

/** One incident in depth, beneath the overview: latest entries, roles and three charts. */
export function WallDetail({
  incident,
  position,
}: {
  incident: IncidentDoc;
  /** "2 of 3 · next in 20 s" or "Pinned". */
  position: string;
}) {
  const now = useNow(5_000);
  const people = usePeopleById();
  const { time } = useTimeFormat();
  const timeline = useLatestTimeline(incident.id, ACTIVITY_ENTRIES).documents;
  const escalation = currentEscalation(useEscalations(incident.id).documents);
  const { cadences } = useIncidentCommunications(incident.id);
  const { audiences } = useCommunicationConfig();
  const nameOf = (id: string) => people.get(id)?.displayName ?? id;
  const page = pageStateOf(escalation, { nameOf, time });
  const audienceName = (id: string) => audiences.find((a) => a.id === id)?.name ?? id;
  return (
    <section
      className={`wall-detail${incident.exercise ? ' wall-detail-exercise' : ''}`}
      aria-label={`In detail: ${incident.reference}`}
      data-testid="wall-detail"
      data-incident-id={incident.id}
    >
      <header className="wall-detail-head">
        <WallIncidentTags incident={incident} />
        <h2 className="wall-detail-title">{incident.title}</h2>
        <span className="wall-detail-position">{position}</span>
      </header>
      {incident.exercise ? <ExerciseBanner incidentId={incident.id} /> : null}
      <RolesPanel incident={incident} />
      <div className="wall-detail-body">
        <LatestTimelinePanel entries={timeline} />
        <ActivityChart entries={timeline} now={now} />
        <EscalationProgress view={escalation} page={page} now={now} />
        <CadenceChart rows={cadenceProgress(cadences, audienceName, now)} />
        {wallDetailExtensions.map(({ id, Block }) => (
          <Block key={id} incident={incident} now={now} />
        ))}
      </div>
    </section>
  );
}
