import { incidentAwarenessShape } from '../schema/incidentAwareness.ts';
import { obligationFilingShape } from '../schema/obligationFiling.ts';
import { defineKind } from '../store/kind.ts';

/**
 * Filings are few per incident and read by incident: they live in
 * `records`, scoped by incident. Every field is a register, latest clock
 * wins (docs/sync.md); the filing itself is one field, so it moves whole.
 */
export const complianceKinds = {
  obligationFilings: defineKind({
    name: 'obligationFilings',
    noun: 'obligation filing',
    shape: obligationFilingShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { scope: 'incidentId', category: 'obligationId' } },
  }),
  /** A corrected awareness time, one per incident; the correction moves whole, latest wins. */
  incidentAwareness: defineKind({
    name: 'incidentAwareness',
    noun: 'awareness time',
    shape: incidentAwarenessShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { scope: 'incidentId' } },
  }),
};
