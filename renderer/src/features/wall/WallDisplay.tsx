import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';
import { useLatestTimeline } from '../../app/db/commandQueries.ts';
import { useIncidents, useWorkspace } from '../../app/db/lanternQueries.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { sortIncidentsForConsole } from '../incidents/incidentSelectors.ts';
import { ActiveIncidentsPanel } from './ActiveIncidentsPanel.tsx';
import { AllClearPanel } from './AllClearPanel.tsx';
import { ElapsedPanel } from './ElapsedPanel.tsx';
import { EscalationPanel } from './EscalationPanel.tsx';
import { ExerciseBanner } from './ExerciseBanner.tsx';
import { HandoffWallPanel } from './HandoffWallPanel.tsx';
import { LATEST_ENTRIES, LatestTimelinePanel } from './LatestTimelinePanel.tsx';
import { OverdueUpdatesBanner } from './OverdueUpdatesBanner.tsx';
import { RolesPanel } from './RolesPanel.tsx';
import { UpdatesPanel } from './UpdatesPanel.tsx';
import { useWallAttention } from './useWallAttention.ts';
import { useWallRotation } from './useWallRotation.ts';
import { WallHeader } from './WallHeader.tsx';
import { wallPanelsFor, type WallPanelId } from './wallPanels.ts';
import { selectWallPanelIndex } from './wallSlice.ts';

interface WallPanelProps {
  panel: WallPanelId;
  incidents: IncidentDoc[];
  focus: IncidentDoc | undefined;
  focusTimeline: readonly TimelineEntryDoc[];
}

function WallPanel({ panel, incidents, focus, focusTimeline }: WallPanelProps) {
  if (panel === 'active-incidents') return <ActiveIncidentsPanel incidents={incidents} />;
  if (panel === 'latest-timeline' && focus)
    return <LatestTimelinePanel incident={focus} entries={focusTimeline} />;
  if (panel === 'elapsed' && focus) return <ElapsedPanel incident={focus} />;
  if (panel === 'roles' && focus) return <RolesPanel incident={focus} />;
  if (panel === 'escalation' && focus) return <EscalationPanel incident={focus} />;
  if (panel === 'updates' && focus) return <UpdatesPanel incident={focus} />;
  if (panel === 'handoff' && focus) return <HandoffWallPanel incident={focus} />;
  return <AllClearPanel />;
}

/** Read-only, room-readable, self-rotating view for the war room's big screen. */
export function WallDisplay() {
  const { workspace } = useWorkspace();
  const active = useIncidents('active');
  const incidents = useMemo(() => sortIncidentsForConsole(active.documents), [active.documents]);
  // A screen can be pinned to one incident (`#/wall?incident=<id>`); otherwise the most severe.
  const [search] = useSearchParams();
  const pinnedId = search.get('incident');
  const focus = incidents.find((incident) => incident.id === pinnedId) ?? incidents[0];
  const timeline = useLatestTimeline(focus?.id, LATEST_ENTRIES);
  const panels = useMemo(() => wallPanelsFor(incidents), [incidents]);
  const panelIndex = useAppSelector((state) => selectWallPanelIndex(state, panels.length));
  const panel = panels[panelIndex] ?? 'all-clear';
  const loading = active.loading || (focus !== undefined && timeline.loading);
  const signals = loading
    ? undefined
    : {
        activeIncidentIds: incidents.map((incident) => incident.id),
        focusIncidentId: focus?.id,
        focusLatestEntryId: timeline.documents[0]?.id,
      };
  useWallAttention(signals, panels);
  useWallRotation(panels.length);
  return (
    <div className="wall" data-testid="wall-display">
      <WallHeader workspaceName={workspace?.name} panel={panel} />
      <main className="wall-main">
        {focus?.exercise ? <ExerciseBanner /> : null}
        <OverdueUpdatesBanner incidents={incidents} />
        <WallPanel
          panel={panel}
          incidents={incidents}
          focus={focus}
          focusTimeline={timeline.documents}
        />
      </main>
      <footer className="wall-footer" aria-hidden="true">
        {panels.map((id, index) => (
          <span
            key={id}
            className={index === panelIndex ? 'wall-dot wall-dot-current' : 'wall-dot'}
          />
        ))}
      </footer>
    </div>
  );
}
