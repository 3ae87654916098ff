import { z } from 'zod';
import { SEVERITIES } from '../domain/severity.ts';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

/**
 * What a KPI measures: a response clock's median or 90th percentile (in
 * minutes) or the recurrence rate (repeat incidents per 100), each over the
 * real incidents of the KPI's services and severities in a calendar month.
 */
export const KPI_MEASURES = [
  'mtta-median',
  'mtta-p90',
  'mttr-median',
  'mttr-p90',
  'recurrence-rate',
] as const;
export type KpiMeasure = (typeof KPI_MEASURES)[number];

export const KPI_MEASURE_LABELS: Record<KpiMeasure, string> = {
  'mtta-median': 'Time to acknowledge, median (min)',
  'mtta-p90': 'Time to acknowledge, p90 (min)',
  'mttr-median': 'Time to resolve, median (min)',
  'mttr-p90': 'Time to resolve, p90 (min)',
  'recurrence-rate': 'Recurrence rate (per 100 incidents)',
};

/** A KPI an administrator ties to a business objective, with the target a month must meet. */
export const kpiShape = z.strictObject({
  id: idField,
  hlc: hlcField,
  /** The business objective it serves: "Card payments available 99.95 %". */
  objective: nameField,
  name: nameField,
  measure: z.enum(KPI_MEASURES),
  /** At most this much in a month meets the target (minutes, or per 100 incidents). */
  target: z.number().min(0).max(1_000_000),
  /** The services it covers; none: every service. */
  serviceIds: z.array(idField).max(50),
  /** The severities it covers; none: every severity. */
  severities: z.array(z.enum(SEVERITIES)).max(5),
  status: z.enum(['active', 'retired']),
  /** 1 when defined, one more on every revision (the audit chain keeps each one's input). */
  version: z.number().int().min(1),
  definedAt: isoTimeField,
  definedBy: idField,
  revisedAt: isoTimeField,
  revisedBy: idField,
});

export type KpiDoc = z.infer<typeof kpiShape>;
