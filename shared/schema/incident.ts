import { z } from 'zod';
import { SEVERITIES } from '../domain/severity.ts';
import { INCIDENT_STATUSES } from '../domain/incident.ts';
import { hlcField, idField, isoTimeField, jsonObjectField, nameField } from './fields.ts';

/** An incident: its current state. History lives in the timeline. */
export const incidentShape = z.strictObject({
  id: idField,
  reference: z.string().max(32),
  title: nameField,
  summary: z.string().max(5000),
  severity: z.enum(SEVERITIES),
  type: z.string().max(64),
  status: z.enum(INCIDENT_STATUSES),
  exercise: z.boolean(),
  declaredAt: isoTimeField,
  declaredBy: idField,
  /** When the impact began, if known (often before anyone declared); set by the commander. */
  impactStartedAt: isoTimeField.optional(),
  updatedAt: isoTimeField,
  resolvedAt: isoTimeField.optional(),
  closedAt: isoTimeField.optional(),
  /** When it was first marked mitigated (kept through resolve; time to mitigate reads it). */
  mitigatedAt: isoTimeField.optional(),
  /** What was wrong and what fixed it, written by whoever resolved it. */
  resolutionSummary: z.string().max(2000).optional(),
  /** How it was classified: criteria version, matrix inputs, threshold answers. */
  classification: z
    .strictObject({
      criteriaVersion: z.string().max(40),
      impact: z.string().max(40).optional(),
      urgency: z.string().max(40).optional(),
      recommendedSeverity: z.string().max(8).optional(),
      answers: jsonObjectField.optional(),
      reasons: z.array(z.string().max(500)).max(20).optional(),
    })
    .optional(),
  /** Legal and compliance flags raised by the incident type (drive regulatory clocks). */
  complianceFlags: z.array(z.string().max(40)).max(10).optional(),
  /** Who holds each command role now; history is on the timeline. */
  roles: z
    .array(
      z.strictObject({
        role: z.string().max(64),
        personId: idField,
        since: isoTimeField,
        assignedBy: z.string().max(80),
      }),
    )
    .max(50)
    .optional(),
  commandMode: z.enum(['centralized', 'decentralized']).optional(),
  /** Sub-incidents (decentralized command) roll up under a parent. */
  parentId: idField.optional(),
  area: z.string().max(120).optional(),
  serviceIds: z.array(idField).max(50).optional(),
  /** The playbook attached at declaration and what has been done of it. */
  playbook: z
    .strictObject({
      frameworkId: idField,
      name: nameField,
      attachedAt: isoTimeField,
      steps: z
        .array(
          z.strictObject({
            stepId: idField,
            completedAt: isoTimeField.optional(),
            completedBy: z.string().max(80).optional(),
            checkedItems: z.array(z.number().int().min(0).max(49)).max(50),
          }),
        )
        .max(200),
    })
    .optional(),
  hlc: hlcField,
});

export type IncidentDoc = z.infer<typeof incidentShape>;
