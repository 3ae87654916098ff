import type { DeclarationAnswers } from '../../../../shared/classification/index.ts';
import type { IncidentType } from '../../../../shared/domain/incident.ts';

/** Where a responder starts: nothing known yet, a tier-2 service, no urgency call. */
export const INITIAL_ANSWERS: DeclarationAnswers = {
  customersAffected: 'none',
  dataExposed: false,
  regulatedData: false,
  revenueImpact: false,
  safetyImpact: false,
  serviceTier: 2,
  incidentType: 'availability' satisfies IncidentType,
};

export const CUSTOMER_REACH_LABELS: Record<DeclarationAnswers['customersAffected'], string> = {
  none: 'None',
  few: 'A few',
  many: 'Many',
  all: 'All',
};

/** The yes/no questions, answered with a checkbox each. */
export const YES_NO_QUESTIONS = [
  'dataExposed',
  'regulatedData',
  'revenueImpact',
  'safetyImpact',
] as const satisfies readonly (keyof DeclarationAnswers)[];
export type YesNoQuestion = (typeof YES_NO_QUESTIONS)[number];
