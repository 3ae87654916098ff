import { useMemo } from 'react';
import { useMatch, useNavigate } from 'react-router-dom';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useEscalations } from '../../app/db/commandQueries.ts';
import { useIncidents } from '../../app/db/lanternQueries.ts';
import { useAppDispatch } from '../../app/store/hooks.ts';
import { sortIncidentsForConsole } from '../incidents/incidentSelectors.ts';
import { AVAILABILITY_ACTIONS, incidentCommandActions } from './incidentCommandActions.ts';
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
  const incidentId = useMatch('/incidents/:incidentId')?.params.incidentId;
  const { documents: escalations } = useEscalations(incidentId);
  const escalationId = escalations.find((e) => e.status === 'active')?.id;
  const context = useMemo(() => ({ navigate, dispatch, bridge }), [navigate, dispatch, bridge]);
  const actions = useMemo(
    () => [
      ...STATIC_ACTIONS,
      ...(incidentId && !bridge.readOnly ? incidentCommandActions(escalationId) : []),
      ...(bridge.readOnly ? [] : AVAILABILITY_ACTIONS),
      ...incidentActions(sortIncidentsForConsole(incidents)),
    ],
    [incidents, incidentId, escalationId, bridge.readOnly],
  );
  return { actions, context };
}
