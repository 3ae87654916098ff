import type { IncidentDoc } from '../../../../shared/schema/incident.ts';

export type WallPanelId =
  | 'active-incidents'
  | 'latest-timeline'
  | 'elapsed'
  | 'roles'
  | 'escalation'
  | 'updates'
  | 'handoff'
  | 'all-clear';

export const WALL_PANEL_TITLES: Record<WallPanelId, string> = {
  'active-incidents': 'Active incidents',
  'latest-timeline': 'Latest on the timeline',
  elapsed: 'Time since declaration',
  roles: 'Who holds which role',
  escalation: 'Who is being paged',
  updates: 'Stakeholder updates',
  handoff: 'Current shift and next handoff',
  'all-clear': 'All clear',
};

/** What the wall rotates through: seven views of the incidents, or a calm all-clear. */
export function wallPanelsFor(activeIncidents: readonly IncidentDoc[]): WallPanelId[] {
  return activeIncidents.length > 0
    ? [
        'active-incidents',
        'latest-timeline',
        'elapsed',
        'roles',
        'escalation',
        'handoff',
        'updates',
      ]
    : ['all-clear'];
}
