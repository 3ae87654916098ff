import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useIncidents } from '../../app/db/lanternQueries.ts';
import { useAppDispatch } from '../../app/store/hooks.ts';
import { sortIncidentsForConsole } from '../incidents/incidentSelectors.ts';
import {
  incidentActions,
  STATIC_ACTIONS,
  type ActionContext,
  type LanternAction,
} from './lanternActions.ts';

/** Every action available now, and the context to perform them in. */
export function useLanternActions(): { actions: readonly LanternAction[]; context: ActionContext } {
  const navigate = useNavigate();
  const dispatch = useAppDispatch();
  const { bridge } = useLantern();
  const { documents: incidents } = useIncidents('all');
  const context = useMemo(() => ({ navigate, dispatch, bridge }), [navigate, dispatch, bridge]);
  const actions = useMemo(
    () => [...STATIC_ACTIONS, ...incidentActions(sortIncidentsForConsole(incidents))],
    [incidents],
  );
  return { actions, context };
}
