import { z } from 'zod';
import { INCIDENT_TYPES } from '../domain/incident.ts';
import { CUSTOMER_REACH } from './levels.ts';

/** The answers a responder gives to the declaration questions. */
export const declarationAnswers = z
  .object({
    customersAffected: z.enum(CUSTOMER_REACH),
    dataExposed: z.boolean(),
    regulatedData: z.boolean(),
    revenueImpact: z.boolean(),
    safetyImpact: z.boolean(),
    /** Tier of the most critical affected service, 1 = most critical. */
    serviceTier: z.number().int().min(1).max(4),
    incidentType: z.enum(INCIDENT_TYPES).optional(),
    /** The responder's own urgency call; the criteria's default applies when absent. */
    urgency: z.string().max(40).optional(),
  })
  .strict();
export type DeclarationAnswers = z.infer<typeof declarationAnswers>;

/** The declaration questions in the order a responder is asked them. */
export const DECLARATION_QUESTIONS: readonly {
  id: keyof DeclarationAnswers;
  question: string;
}[] = [
  { id: 'customersAffected', question: 'Are customers affected? None, a few, many or all?' },
  { id: 'dataExposed', question: 'Could data have been exposed to anyone not entitled to it?' },
  {
    id: 'regulatedData',
    question: 'Is regulated data involved (personal, health or financial-reporting data)?',
  },
  { id: 'revenueImpact', question: 'Is revenue being lost or are payments failing?' },
  { id: 'safetyImpact', question: "Could anyone's physical safety be at risk?" },
  { id: 'serviceTier', question: 'What is the tier of the most critical affected service?' },
  { id: 'incidentType', question: 'What kind of incident is it?' },
  { id: 'urgency', question: 'How fast is the harm growing?' },
];
