import { SEVERITY_LABELS, type Severity } from '../domain/severity.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import type { CommunicationTemplate } from './configSchemas.ts';
import { formatDateTime } from '../time/displayTime.ts';

/** What a template may say about an incident; `{{name}}` in a template is replaced by the value. */
export const TEMPLATE_VARIABLES = [
  'reference',
  'title',
  'severity',
  'severityLabel',
  'status',
  'incidentType',
  'impact',
  'whatWeKnow',
  'nextUpdate',
  'declaredAt',
  'services',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Record<TemplateVariable, string>;

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;
const NOT_KNOWN = 'not yet known';

/**
 * "2026-11-26 14:30 UTC": the one date format, in UTC, so every reader
 * (whatever their zone, on screen or on paper) reads the same moment.
 */
export function formatUpdateTime(iso: string): string {
  return formatDateTime(iso, 'UTC');
}

/** The values a template is filled with, from the incident as it stands now. */
export function templateValuesFor(
  incident: IncidentDoc,
  extra: { nextUpdateAt?: string; serviceNames?: string[] } = {},
): TemplateValues {
  const impact = incident.classification?.impact;
  return {
    reference: incident.reference,
    title: incident.title,
    severity: incident.severity,
    severityLabel: SEVERITY_LABELS[incident.severity as Severity] ?? incident.severity,
    status: incident.status,
    incidentType: incident.type.replaceAll('-', ' '),
    impact: impact ? `${impact} impact` : NOT_KNOWN,
    whatWeKnow: incident.summary.trim() || NOT_KNOWN,
    nextUpdate: extra.nextUpdateAt ? formatUpdateTime(extra.nextUpdateAt) : 'when we know more',
    declaredAt: formatUpdateTime(incident.declaredAt),
    services: extra.serviceNames?.length ? extra.serviceNames.join(', ') : NOT_KNOWN,
  };
}

/** Placeholders a template uses that are not variables (a typo would otherwise reach customers). */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(TEMPLATE_VARIABLES);
  return [...text.matchAll(PLACEHOLDER)]
    .map((m) => m[1] ?? '')
    .filter((name) => !known.has(name))
    .filter((name, i, all) => all.indexOf(name) === i);
}

export function fillPlaceholders(text: string, values: TemplateValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as TemplateVariable] : whole,
  );
}

export interface RenderedMessage {
  subject: string;
  body: string;
}

/** A template filled from the incident: the preview people read and edit before sending. */
export function renderTemplate(
  template: Pick<CommunicationTemplate, 'subject' | 'body'>,
  values: TemplateValues,
): RenderedMessage {
  return {
    subject: fillPlaceholders(template.subject, values).replace(/\s+/g, ' ').trim(),
    body: fillPlaceholders(template.body, values),
  };
}

/** The template for an audience that fits the incident type best: a type-specific one before a general one. */
export function chooseTemplate(
  templates: readonly CommunicationTemplate[],
  audienceId: string,
  incidentType: string,
): CommunicationTemplate | undefined {
  const forAudience = templates.filter((t) => t.audienceId === audienceId);
  return (
    forAudience.find((t) => (t.incidentTypes as string[]).includes(incidentType)) ??
    forAudience.find((t) => t.incidentTypes.length === 0)
  );
}
