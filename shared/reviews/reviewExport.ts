import { markdownInline, markdownText } from '../text/markdownEscape.ts';
import { formatDateTime } from '../time/displayTime.ts';
import {
  SENSITIVITY_LABELS,
  type ActionItemDoc,
  type ReviewDoc,
  type ReviewSection,
  type SensitivityLabel,
} from '../schema/review.ts';
import { redactText, REDACTION_KINDS, type RedactionKind } from './redaction.ts';

/** A section without a label is internal. */
export function sectionLabel(review: ReviewDoc, section: ReviewSection): SensitivityLabel {
  return review.sensitivity[section] ?? 'internal';
}

/** Whether a section labelled `label` may go to `audience`. */
export function visibleTo(label: SensitivityLabel, audience: SensitivityLabel): boolean {
  return SENSITIVITY_LABELS.indexOf(label) <= SENSITIVITY_LABELS.indexOf(audience);
}

export const SECTION_TITLES: Record<ReviewSection, string> = {
  summary: 'Summary',
  impact: 'Impact',
  timeline: 'Timeline',
  factors: 'Contributing factors',
  wentWell: 'What went well',
  wasHard: 'What was hard',
};

export interface ReviewExportInput {
  review: ReviewDoc;
  actionItems: readonly ActionItemDoc[];
  audience: SensitivityLabel;
  /** People's names from the directory: redacted wherever they appear. */
  names: readonly string[];
  /** The zone times are written in (each time carries its zone label). */
  zone: string;
  /** Owner names for action items, by person id (redacted like any name when exported). */
  ownerName: (personId: string) => string;
}

export interface RedactedReviewExport {
  markdown: string;
  omittedSections: ReviewSection[];
  redactions: { kind: RedactionKind; count: number }[];
}

/** Redacts each piece of people's text before it is escaped, counting what it took out. */
class Redactor {
  readonly counts = new Map<RedactionKind, number>();
  private readonly names: readonly string[];
  constructor(names: readonly string[]) {
    this.names = names;
  }
  clean(text: string): string {
    const redacted = redactText(text, this.names);
    for (const finding of redacted.findings)
      this.counts.set(finding.kind, (this.counts.get(finding.kind) ?? 0) + 1);
    return redacted.text;
  }
  summary(): { kind: RedactionKind; count: number }[] {
    return REDACTION_KINDS.filter((kind) => this.counts.has(kind)).map((kind) => ({
      kind,
      count: this.counts.get(kind) ?? 0,
    }));
  }
}

function sectionBody(input: ReviewExportInput, section: ReviewSection, r: Redactor): string[] {
  const { review, zone } = input;
  const inline = (text: string) => markdownInline(r.clean(text));
  if (section === 'summary' || section === 'impact')
    return [review[section].trim() ? markdownText(r.clean(review[section])) : '_Not written._'];
  if (section === 'timeline')
    return review.timeline.map(
      (line) => `- ${formatDateTime(line.at, zone)}: ${inline(line.text)}`,
    );
  if (section === 'factors')
    return review.factors.map((f) => `- **${f.category}**: ${inline(f.text)}`);
  return review[section].map((note) => `- ${inline(note.text)}`);
}

function actionItemLines(input: ReviewExportInput, r: Redactor): string[] {
  return input.actionItems.map(
    (item) =>
      `- [${item.status === 'done' ? 'x' : ' '}] ${markdownInline(r.clean(item.title))} — ${markdownInline(
        r.clean(input.ownerName(item.ownerId)),
      )}, due ${formatDateTime(item.dueAt, item.dueZone)} (${item.priority})`,
  );
}

/**
 * The review as Markdown for an audience: sections labelled above it are
 * left out, personal data and secrets are replaced by markers, and the end
 * of the document says what was redacted (kinds and counts, never values).
 * The stored review is not changed.
 */
export function redactedReviewMarkdown(input: ReviewExportInput): RedactedReviewExport {
  const { review, audience } = input;
  const redactor = new Redactor(input.names);
  const omittedSections: ReviewSection[] = [];
  const lines = [
    `# Post-incident review: ${markdownInline(review.incidentReference)} ${markdownInline(redactor.clean(review.incidentTitle))}`,
    '',
    `${review.exercise ? 'Exercise' : 'Real incident'}, ${review.severity}. Review ${review.status}. Prepared for a **${audience}** audience.`,
    '',
  ];
  for (const section of Object.keys(SECTION_TITLES) as ReviewSection[]) {
    if (!visibleTo(sectionLabel(review, section), audience)) {
      omittedSections.push(section);
      continue;
    }
    lines.push(`## ${SECTION_TITLES[section]}`, '', ...sectionBody(input, section, redactor), '');
  }
  lines.push('## Action items', '', ...actionItemLines(input, redactor), '');
  const redactions = redactor.summary();
  lines.push(
    '## What was redacted',
    '',
    ...omittedSections.map(
      (s) => `- Section left out: ${SECTION_TITLES[s]} (${sectionLabel(review, s)})`,
    ),
    ...redactions.map((r) => `- ${r.count} × ${r.kind}`),
    ...(omittedSections.length || redactions.length ? [] : ['- Nothing']),
    '',
  );
  return { markdown: lines.join('\n'), omittedSections, redactions };
}
