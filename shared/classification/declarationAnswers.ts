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
