import { useMemo } from 'react';
import { commanderOf } from '../../../../shared/handoffs/briefCommandSupport.ts';
import { currentShiftOf, type LeadShift } from '../../../../shared/handoffs/leadShift.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useNow } from '../incidents/useNow.ts';
import { useRotations } from './handoffQueries.ts';

const MINUTE = 60_000;

/** Who commands the incident and when their on-call shift ends (re-read each minute). */
export function useShiftStatus(incident: IncidentDoc | undefined): {
  commanderId: string | undefined;
  shift: LeadShift | undefined;
  now: number;
} {
  const rotations = useRotations();
  const now = useNow(MINUTE);
  const commanderId = incident ? commanderOf(incident) : undefined;
  const shift = useMemo(
    () => (commanderId ? currentShiftOf(rotations, commanderId, new Date(now)) : undefined),
    [rotations, commanderId, now],
  );
  return { commanderId, shift, now };
}
