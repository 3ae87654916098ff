import { z } from 'zod';
import { defineCommand } from '../../commands/command.ts';
import { conflict, notFound } from '../../commands/errors.ts';
import { SEVERITIES } from '../../domain/severity.ts';
import { idField } from '../../schema/fields.ts';
import { KPI_MEASURES, type KpiDoc } from '../../schema/kpi.ts';

const kpiFields = {
  objective: z.string().trim().min(1, 'Name the business objective this KPI serves').max(200),
  name: z.string().trim().min(1, 'Give the KPI a name').max(200),
  measure: z.enum(KPI_MEASURES, { error: `measure must be one of ${KPI_MEASURES.join(', ')}` }),
  target: z
    .number({ error: 'target must be a number' })
    .min(0, 'A target cannot be negative')
    .max(1_000_000),
  serviceIds: z.array(idField).max(50).default([]),
  severities: z.array(z.enum(SEVERITIES)).max(5).default([]),
};

export const defineKpiInput = z.strictObject(kpiFields);
export const reviseKpiInput = z.strictObject({
  kpiId: idField,
  ...kpiFields,
  status: z.enum(['active', 'retired']).default('active'),
});

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** An administrator ties a KPI to a business objective and sets its monthly target. */
export const defineKpi = defineCommand({
  name: 'defineKpi',
  summary: 'Define a KPI for a business objective: measure, services, severities and target',
  input: defineKpiInput,
  permission: 'administrator',
  async plan(_reads, input, context) {
    const at = context.now.toISOString();
    const kpi: KpiDoc = {
      id: context.newId('kpi'),
      hlc: context.nextHlc(),
      objective: input.objective,
      name: input.name,
      measure: input.measure,
      target: input.target,
      serviceIds: unique(input.serviceIds),
      severities: unique(input.severities),
      status: 'active',
      version: 1,
      definedAt: at,
      definedBy: context.actor.id,
      revisedAt: at,
      revisedBy: context.actor.id,
    };
    return { writes: [{ kind: 'kpis', document: kpi }], result: kpi };
  },
});

/** A revision (new target, scope, or retirement) is a new version; the old input stays on the audit chain. */
export const reviseKpi = defineCommand({
  name: 'reviseKpi',
  summary:
    'Revise a KPI (target, measure, services, severities) or retire it; each revision is a new version',
  input: reviseKpiInput,
  permission: 'administrator',
  async plan(reads, input, context) {
    const current = await reads.get('kpis', input.kpiId);
    if (!current) throw notFound('KPI', input.kpiId);
    if (current.status === 'retired' && input.status === 'retired')
      throw conflict(`${current.name} is already retired`);
    const { kpiId: _id, ...fields } = input;
    const kpi: KpiDoc = {
      ...current,
      ...fields,
      serviceIds: unique(input.serviceIds),
      severities: unique(input.severities),
      hlc: context.nextHlc(),
      version: current.version + 1,
      revisedAt: context.now.toISOString(),
      revisedBy: context.actor.id,
    };
    return { writes: [{ kind: 'kpis', document: kpi }], result: kpi };
  },
});
