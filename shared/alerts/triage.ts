import type { DeclarationAnswers } from '../classification/declarationAnswers.ts';
import { CUSTOMER_REACH } from '../classification/levels.ts';
import { INCIDENT_TYPES } from '../domain/incident.ts';
import type { AlertDoc } from '../schema/alert.ts';
import type { TriageCandidateDoc } from '../schema/triageCandidate.ts';

/** The candidate's id for an alert: deterministic, so peers taking the same alert converge. */
export const candidateIdFor = (alertId: string) => `tri-${alertId}`.slice(0, 64);

/**
 * Whether an alert opens an incident candidate: a critical one that is not
 * in a maintenance window. (Per-service configuration is not built.)
 */
export function opensCandidate(alert: Pick<AlertDoc, 'severity' | 'suppressedBy'>): boolean {
  return alert.severity === 'critical' && !alert.suppressedBy;
}

const oneOf = <T extends string>(values: readonly T[], value: string | undefined) =>
  values.find((v) => v === value?.trim().toLowerCase());

const yes = (value: string | undefined) => /^(true|yes|1)$/i.test(value?.trim() ?? '');

/**
 * The declaration answers as far as the alert tells them: labels named after
 * the questions (`customers_affected`, `service_tier`, `data_exposed`,
 * `regulated_data`, `revenue_impact`, `safety_impact`, `incident_type`) when
 * the tool sends them; otherwise what a critical alert implies and no more:
 * some customers, a tier-1 service, no data, revenue or safety impact claimed.
 * The person confirms or corrects them before accepting.
 */
export function prefilledAnswers(alert: Pick<AlertDoc, 'labels'>): DeclarationAnswers {
  const label = (name: string) => alert.labels[name];
  const tier = Number(label('service_tier'));
  const incidentType = oneOf(INCIDENT_TYPES, label('incident_type'));
  return {
    customersAffected: oneOf(CUSTOMER_REACH, label('customers_affected')) ?? 'few',
    dataExposed: yes(label('data_exposed')),
    regulatedData: yes(label('regulated_data')),
    revenueImpact: yes(label('revenue_impact')),
    safetyImpact: yes(label('safety_impact')),
    serviceTier: Number.isInteger(tier) && tier >= 1 && tier <= 4 ? tier : 1,
    ...(incidentType ? { incidentType } : {}),
  };
}

/** A new open candidate for the alert. */
export function candidateFor(alert: AlertDoc, now: string, hlc: string): TriageCandidateDoc {
  return {
    id: candidateIdFor(alert.id),
    hlc,
    alertId: alert.id,
    title: alert.summary.slice(0, 200),
    ...(alert.service ? { service: alert.service } : {}),
    alertSeverity: alert.severity,
    answers: prefilledAnswers(alert),
    status: 'open',
    openedAt: now,
  };
}
