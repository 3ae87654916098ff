import { useMemo, type ReactNode } from 'react';
import { resolveTimeZone, runtimeTimeZone } from '../../../../shared/time/displayTime.ts';
import { usePerson, useWorkspace } from '../../app/db/lanternQueries.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';
import { timeFormatIn } from './timeFormatIn.ts';
import { TimeFormatContext } from './TimeFormatContext.ts';

/** The zone this viewer sees: their own choice, else the workspace's, else UTC. */
export function useDisplayZone(): string {
  const { workspace } = useWorkspace();
  const { document: person } = usePerson(useAppSelector(selectCurrentPersonId));
  return resolveTimeZone(workspace?.timeDisplay, person?.timeDisplay, runtimeTimeZone());
}

/** One subscription to the settings for the whole screen; every time below reads it. */
export function TimeFormatProvider({ children }: { children: ReactNode }) {
  const zone = useDisplayZone();
  const format = useMemo(() => timeFormatIn(zone), [zone]);
  return <TimeFormatContext.Provider value={format}>{children}</TimeFormatContext.Provider>;
}
