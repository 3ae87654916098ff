import { useMemo } from 'react';
import { rotationsFromUnits } from '../../../../shared/handoffs/briefSources.ts';
import type { OnCallRotation } from '../../../../shared/oncall/index.ts';
import type { HandoffDoc } from '../../../../shared/schema/handoff.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';

/** An incident's briefs, oldest first (the history). */
export function useBriefs(incidentId: string | undefined) {
  return useLiveQuery('handoffs', {
    selector: { incidentId: incidentId ?? '' },
    sort: [{ incidentId: 'asc' }, { draftedAt: 'asc' }],
  });
}

/** The brief being handed over now: the open one, else the latest. */
export function currentBriefOf(briefs: readonly HandoffDoc[]): HandoffDoc | undefined {
  return briefs.findLast((b) => b.status === 'draft' || b.status === 'submitted') ?? briefs.at(-1);
}

/** The organisation's on-call rotations as schedules (for the commander's shift end). */
export function useRotations(): readonly OnCallRotation[] {
  const { documents } = useLiveQuery('organisation', {
    selector: { kind: 'rotation' },
    sort: [{ kind: 'asc' }, { name: 'asc' }],
  });
  return useMemo(() => rotationsFromUnits(documents), [documents]);
}
