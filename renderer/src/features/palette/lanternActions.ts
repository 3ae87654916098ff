import type { NavigateFunction } from 'react-router-dom';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import type { RendererBridge } from '../../app/bridge/rendererBridge.ts';
import type { AppDispatch } from '../../app/store/thunkTypes.ts';
import { incidentListToggled } from '../layout/layoutSlice.ts';
import { modalOpened } from '../modals/modalsSlice.ts';
import { personCleared } from '../session/sessionSlice.ts';
import { openWallDisplay } from './openWallDisplay.ts';
import { paletteToggled } from './paletteSlice.ts';

export interface ActionContext {
  navigate: NavigateFunction;
  dispatch: AppDispatch;
  bridge: RendererBridge;
}

/**
 * Something a person can do, declared once and offered by the keyboard, the
 * desktop menu and the command palette alike. Ids match the menu's actions.
 */
export interface LanternAction {
  id: string;
  label: string;
  section: 'Incidents' | 'Go to' | 'Workspace';
  /** e.g. "Mod+K"; Mod is ⌘ on a Mac and Ctrl elsewhere. */
  keys?: string;
  /** Extra words the palette matches on. */
  keywords?: string;
  perform(context: ActionContext): void;
}

export const STATIC_ACTIONS: readonly LanternAction[] = [
  {
    id: 'declare-incident',
    label: 'Declare incident',
    section: 'Incidents',
    keys: 'Mod+Shift+D',
    keywords: 'new create raise open',
    perform: ({ dispatch }) => dispatch(modalOpened('declare-incident')),
  },
  {
    id: 'open-command-palette',
    label: 'Open command palette',
    section: 'Workspace',
    keys: 'Mod+K',
    perform: ({ dispatch }) => dispatch(paletteToggled()),
  },
  {
    id: 'open-wall-display',
    label: 'Open wall display',
    section: 'Go to',
    keywords: 'tv screen war room big',
    perform: ({ bridge, dispatch }) => void openWallDisplay(bridge, dispatch),
  },
  {
    id: 'go-to-incidents',
    label: 'Go to incident list',
    section: 'Go to',
    keywords: 'console home',
    perform: ({ navigate }) => navigate('/'),
  },
  {
    id: 'go-to-on-call',
    label: 'Go to on-call rotations',
    section: 'Go to',
    keywords: 'rota schedule cover override pager',
    perform: ({ navigate }) => navigate('/on-call'),
  },
  {
    id: 'toggle-incident-list',
    label: 'Show or hide the incident list',
    section: 'Workspace',
    keys: 'Mod+B',
    keywords: 'sidebar focus layout',
    perform: ({ dispatch }) => dispatch(incidentListToggled()),
  },
  {
    id: 'switch-person',
    label: 'Switch person',
    section: 'Workspace',
    keywords: 'sign out profile who',
    perform: ({ dispatch }) => dispatch(personCleared()),
  },
];

/** "Go to incident …" for every incident the palette knows about. */
export function incidentActions(incidents: readonly IncidentDoc[]): LanternAction[] {
  return incidents.map((incident) => ({
    id: `go-to-incident:${incident.id}`,
    label: `Go to incident ${incident.reference}: ${incident.title}`,
    section: 'Go to',
    keywords: `${incident.severity} ${incident.type}`,
    perform: ({ navigate }) => navigate(`/incidents/${incident.id}`),
  }));
}

/**
 * Case-insensitive match of every typed word against label and keywords;
 * actions whose label alone matches come first, so "stop paging" offers
 * Stop paging before an action that only lists "paging" as a keyword.
 */
export function filterActions(actions: readonly LanternAction[], query: string): LanternAction[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matchesAll = (text: string) => words.every((word) => text.includes(word));
  const byLabel: LanternAction[] = [];
  const byKeyword: LanternAction[] = [];
  for (const action of actions) {
    const label = action.label.toLowerCase();
    if (matchesAll(label)) byLabel.push(action);
    else if (matchesAll(`${label} ${action.keywords ?? ''}`.toLowerCase())) byKeyword.push(action);
  }
  return [...byLabel, ...byKeyword];
}
