import { z } from 'zod';
import { declarationAnswers } from '../../classification/declarationAnswers.ts';
import { declareIncident, declareIncidentInput } from '../../commands/declareIncident.ts';
import { defineCommand, type CommandReads } from '../../commands/command.ts';
import { conflict, forbidden, invalidInput, notFound } from '../../commands/errors.ts';
import { timelineWrite } from '../../commands/timelineEntry.ts';
import { SEVERITIES } from '../../domain/severity.ts';
import type { AlertDoc } from '../../schema/alert.ts';
import { idField } from '../../schema/fields.ts';
import type { IncidentDoc } from '../../schema/incident.ts';
import type { TriageCandidateDoc } from '../../schema/triageCandidate.ts';
import { alertLine } from './attachAlert.ts';

async function openCandidate(reads: CommandReads, id: string): Promise<TriageCandidateDoc> {
  const candidate = await reads.get('triageCandidates', id);
  if (!candidate) throw notFound('incident candidate', id);
  if (candidate.status !== 'open')
    throw conflict(`The candidate "${candidate.title}" was already ${candidate.status}`);
  return candidate;
}

export const acceptTriageCandidateInput = z.strictObject({
  candidateId: idField,
  title: z.string().trim().min(1).max(200),
  severity: z.enum(SEVERITIES),
  /** The pre-filled answers as the person confirmed or corrected them. */
  answers: declarationAnswers,
});

/**
 * A person accepts a candidate: the incident is declared through
 * `declareIncident`'s own plan (classification, criteria version, major
 * decision and all), the alert is attached to it, and the candidate records
 * the incident and the criteria version.
 */
export const acceptTriageCandidate = defineCommand({
  name: 'acceptTriageCandidate',
  summary: 'Accept an incident candidate from an alert: declare the incident and attach the alert',
  input: acceptTriageCandidateInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person accepts incident candidates');
    const candidate = await openCandidate(reads, input.candidateId);
    const alert = await reads.get('alerts', candidate.alertId);
    if (!alert) throw notFound('alert', candidate.alertId);
    const parsed = declareIncidentInput.safeParse({
      title: input.title,
      severity: input.severity,
      answers: input.answers,
    });
    if (!parsed.success)
      throw invalidInput(
        parsed.error.issues.map((i) => ({ field: i.path.join('.'), reason: i.message })),
      );
    const declared = await declareIncident.plan(reads, parsed.data, context);
    const incident = declared.result as IncidentDoc;
    const attached: AlertDoc = { ...alert, incidentId: incident.id, hlc: context.nextHlc() };
    const accepted: TriageCandidateDoc = {
      ...candidate,
      status: 'accepted',
      decidedAt: context.now.toISOString(),
      decidedBy: `${context.actor.kind}:${context.actor.id}`,
      incidentId: incident.id,
      ...(incident.classification
        ? { criteriaVersion: incident.classification.criteriaVersion }
        : {}),
      answers: input.answers,
      hlc: context.nextHlc(),
    };
    return {
      writes: [
        ...declared.writes,
        { kind: 'alerts', document: attached },
        timelineWrite(context, incident.id, 'note', `Alert attached: ${alertLine(alert)}`),
        { kind: 'triageCandidates', document: accepted },
      ],
      result: { candidate: accepted, incident },
    };
  },
});

export const dismissTriageCandidateInput = z.strictObject({
  candidateId: idField,
  reason: z.string().trim().min(1).max(500),
});

/** A person dismisses a candidate, saying why (audited); the alert stays as it is. */
export const dismissTriageCandidate = defineCommand({
  name: 'dismissTriageCandidate',
  summary: 'Dismiss an incident candidate from an alert, with a reason',
  input: dismissTriageCandidateInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person dismisses incident candidates');
    const candidate = await openCandidate(reads, input.candidateId);
    const dismissed: TriageCandidateDoc = {
      ...candidate,
      status: 'dismissed',
      decidedAt: context.now.toISOString(),
      decidedBy: `${context.actor.kind}:${context.actor.id}`,
      dismissReason: input.reason,
      hlc: context.nextHlc(),
    };
    return { writes: [{ kind: 'triageCandidates', document: dismissed }], result: dismissed };
  },
});
