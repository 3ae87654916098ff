import { z } from 'zod';
import { declarationAnswers } from '../classification/declarationAnswers.ts';
import { ALERT_SEVERITIES } from './alert.ts';
import { hlcField, idField, isoTimeField } from './fields.ts';

/**
 * An incident candidate opened by a critical alert: a person accepts it
 * (declaring the incident) or dismisses it with a reason. Intake never
 * declares on its own. The id derives from the alert's, so two nodes taking
 * the same alert open one candidate.
 */
export const triageCandidateShape = z.strictObject({
  id: idField,
  hlc: hlcField,
  alertId: idField,
  title: z.string().min(1).max(200),
  service: z.string().max(256).optional(),
  alertSeverity: z.enum(ALERT_SEVERITIES),
  /** The declaration questions, pre-filled from the alert; the person confirms or changes them. */
  answers: declarationAnswers,
  status: z.enum(['open', 'accepted', 'dismissed']),
  openedAt: isoTimeField,
  decidedAt: isoTimeField.optional(),
  decidedBy: z.string().max(80).optional(),
  dismissReason: z.string().max(500).optional(),
  incidentId: idField.optional(),
  /** The classification criteria version the accepted declaration was classified under. */
  criteriaVersion: z.string().max(40).optional(),
});
export type TriageCandidateDoc = z.infer<typeof triageCandidateShape>;
