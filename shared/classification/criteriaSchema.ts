import { addMonths } from 'date-fns';
import { z } from 'zod';
import { INCIDENT_TYPES } from '../domain/incident.ts';
import { SEVERITIES } from '../domain/severity.ts';
import { CUSTOMER_REACH } from './levels.ts';

const levelId = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'level ids are lowercase words');
const level = z
  .object({ id: levelId, label: z.string().min(1).max(80), description: z.string().max(500) })
  .strict();
const severity = z.enum(SEVERITIES);

/** One threshold question and the answer that trips it. */
const condition = z.discriminatedUnion('question', [
  z.object({ question: z.literal('customersAffected'), atLeast: z.enum(CUSTOMER_REACH) }).strict(),
  z.object({ question: z.literal('dataExposed') }).strict(),
  z.object({ question: z.literal('regulatedData') }).strict(),
  z.object({ question: z.literal('revenueImpact') }).strict(),
  z.object({ question: z.literal('safetyImpact') }).strict(),
  z.object({ question: z.literal('serviceTier'), atMost: z.number().int().min(1).max(4) }).strict(),
]);

/** A declaration threshold: when its question is answered "yes", it sets floors and may force a declaration. */
export const declarationThreshold = z
  .object({
    id: levelId,
    when: condition,
    minImpact: levelId.optional(),
    minUrgency: levelId.optional(),
    minSeverity: severity.optional(),
    declare: z.boolean(),
    reason: z.string().min(1).max(300),
  })
  .strict();

const complianceFlags = z
  .object({
    personalData: z.boolean(),
    healthData: z.boolean(),
    financialReporting: z.boolean(),
    criticalInfrastructure: z.boolean(),
  })
  .strict();

const incidentTypeRule = z
  .object({
    type: z.enum(INCIDENT_TYPES),
    label: z.string().min(1).max(80),
    compliance: complianceFlags,
    minSeverity: severity.optional(),
  })
  .strict();

const isoDate = z.iso.date();

const criteriaShape = z
  .object({
    version: z.string().min(1).max(40),
    effectiveFrom: isoDate,
    owner: z.string().min(1).max(200),
    nextReviewDue: isoDate,
    impactLevels: z.array(level).min(2).max(8),
    urgencyLevels: z.array(level).min(2).max(8),
    matrix: z.record(z.string(), z.record(z.string(), severity)),
    declareAtOrAbove: severity,
    defaultUrgency: levelId,
    thresholds: z.array(declarationThreshold).max(50),
    incidentTypes: z.array(incidentTypeRule).min(1).max(INCIDENT_TYPES.length),
  })
  .strict();

type CriteriaShape = z.infer<typeof criteriaShape>;
type Issue = { path: (string | number)[]; message: string };

function reviewIssues(c: CriteriaShape): Issue[] {
  const from = new Date(`${c.effectiveFrom}T00:00:00Z`);
  const review = new Date(`${c.nextReviewDue}T00:00:00Z`);
  if (review <= from)
    return [{ path: ['nextReviewDue'], message: 'the next review must fall after effectiveFrom' }];
  if (review > addMonths(from, 12))
    return [
      {
        path: ['nextReviewDue'],
        message: 'criteria must be reviewed at most 12 months after they take effect',
      },
    ];
  return [];
}

function levelIssues(c: CriteriaShape): Issue[] {
  const issues: Issue[] = [];
  const impacts = new Set(c.impactLevels.map((l) => l.id));
  const urgencies = new Set(c.urgencyLevels.map((l) => l.id));
  for (const impact of impacts)
    for (const urgency of urgencies)
      if (!c.matrix[impact]?.[urgency])
        issues.push({
          path: ['matrix', impact, urgency],
          message: 'missing severity for this cell',
        });
  for (const key of Object.keys(c.matrix))
    if (!impacts.has(key))
      issues.push({ path: ['matrix', key], message: `unknown impact level "${key}"` });
  if (!urgencies.has(c.defaultUrgency))
    issues.push({
      path: ['defaultUrgency'],
      message: `unknown urgency level "${c.defaultUrgency}"`,
    });
  c.thresholds.forEach((t, i) => {
    if (t.minImpact && !impacts.has(t.minImpact))
      issues.push({
        path: ['thresholds', i, 'minImpact'],
        message: `unknown impact level "${t.minImpact}"`,
      });
    if (t.minUrgency && !urgencies.has(t.minUrgency))
      issues.push({
        path: ['thresholds', i, 'minUrgency'],
        message: `unknown urgency level "${t.minUrgency}"`,
      });
  });
  const types = c.incidentTypes.map((t) => t.type);
  types.forEach((type, i) => {
    if (types.indexOf(type) !== i)
      issues.push({ path: ['incidentTypes', i, 'type'], message: `"${type}" is listed twice` });
  });
  return issues;
}

/** Organisation-configurable classification criteria: one dated, owned, reviewed version. */
export const classificationCriteria = criteriaShape.superRefine((c, ctx) => {
  for (const issue of [...reviewIssues(c), ...levelIssues(c)])
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
export type ClassificationCriteria = z.infer<typeof classificationCriteria>;
export type DeclarationThreshold = z.infer<typeof declarationThreshold>;
export type IncidentTypeRule = z.infer<typeof incidentTypeRule>;
export type ComplianceFlags = z.infer<typeof complianceFlags>;
