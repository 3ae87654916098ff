import type { BriefItem, HandoffDoc } from '../schema/handoff.ts';
import { briefReference } from './handoffMachine.ts';
import { briefTime } from './briefTime.ts';
import { LIST_SECTIONS, SECTION_TITLES, type ListSection } from './briefTypes.ts';
import { markdownInline, markdownText } from '../text/markdownEscape.ts';

/** One block of a brief laid out for export: a heading and its lines. */
export interface BriefBlock {
  heading: string;
  /** Plain paragraphs (situation, note, questions). */
  paragraphs: string[];
  /** Bulleted lines; `isNew` marks what changed since the last brief. */
  lines: { text: string; isNew: boolean }[];
}

export interface BriefLayout {
  title: string;
  facts: [label: string, value: string][];
  blocks: BriefBlock[];
}

const STATUS_WORDS: Record<string, string> = {
  draft: 'Draft',
  submitted: 'Submitted, awaiting acknowledgement',
  acknowledged: 'Acknowledged',
  withdrawn: 'Withdrawn',
};

function itemText(section: ListSection, item: BriefItem): string {
  if (!item.at) return item.text;
  const when = briefTime(item.at);
  if (section === 'actions') return `${when} — ${item.text}`;
  if (section === 'pendingDecisions') return `${item.text} (by ${when})`;
  if (section === 'openTasks') return `${item.text} (due ${when})`;
  return `${item.text} (${when})`;
}

function listBlock(brief: HandoffDoc, section: ListSection): BriefBlock {
  const items = brief[section];
  return {
    heading: SECTION_TITLES[section],
    paragraphs: items.length === 0 ? ['None recorded.'] : [],
    lines: items.map((item) => ({ text: itemText(section, item), isNew: item.isNew })),
  };
}

/**
 * A brief in reading order, the one layout the Markdown export, the PDF and
 * the print view share: facts, what changed, then the ICS 201 sections.
 */
export function briefLayout(brief: HandoffDoc, nameOf: (personId: string) => string): BriefLayout {
  const facts: BriefLayout['facts'] = [
    ['Incident', `${brief.incident.reference} — ${brief.incident.title}`],
    ['Severity / status', `${brief.incident.severity} · ${brief.incident.status}`],
    ['Outgoing lead', nameOf(brief.outgoingLeadId)],
    ['Incoming lead', nameOf(brief.incomingLeadId)],
    ['Brief status', STATUS_WORDS[brief.status] ?? brief.status],
    ['Covers', `from ${briefTime(brief.coversFrom)}`],
  ];
  if (brief.shiftEndsAt) facts.push(['Shift ends', briefTime(brief.shiftEndsAt)]);
  if (brief.submittedAt) facts.push(['Submitted', briefTime(brief.submittedAt)]);
  if (brief.acknowledgedAt) facts.push(['Acknowledged', briefTime(brief.acknowledgedAt)]);
  if (brief.withdrawnAt) facts.push(['Withdrawn', briefTime(brief.withdrawnAt)]);
  const organisation: BriefBlock = {
    heading: SECTION_TITLES.organisation,
    paragraphs: brief.organisation.length === 0 ? ['Nobody holds a role.'] : [],
    lines: brief.organisation.map((line) => ({
      text: `${line.roleLabel}: ${line.name}`,
      isNew: line.isNew,
    })),
  };
  const [objectives, actions, ...rest] = LIST_SECTIONS.map((s) => listBlock(brief, s));
  const blocks: BriefBlock[] = [
    {
      heading: 'What changed since the last brief',
      paragraphs: [],
      lines: brief.changes.map((text) => ({ text, isNew: false })),
    },
    { heading: SECTION_TITLES.situation, paragraphs: [brief.situation], lines: [] },
    ...(objectives ? [objectives] : []),
    ...(actions ? [actions] : []),
    organisation,
    ...rest,
  ];
  if (brief.note.trim())
    blocks.push({ heading: SECTION_TITLES.note, paragraphs: [brief.note], lines: [] });
  if (brief.questions?.trim())
    blocks.push({
      heading: 'Questions from the incoming lead',
      paragraphs: [brief.questions],
      lines: [],
    });
  if (brief.withdrawnReason)
    blocks.push({
      heading: 'Why it was withdrawn',
      paragraphs: [brief.withdrawnReason],
      lines: [],
    });
  return { title: `Shift handoff — ${briefReference(brief)}`, facts, blocks };
}

/** The brief as Markdown: what a lead pastes into a ticket or mails when everything else is down. */
export function briefMarkdown(brief: HandoffDoc, nameOf: (personId: string) => string): string {
  const layout = briefLayout(brief, nameOf);
  const out = [`# ${markdownInline(layout.title)}`, ''];
  for (const [label, value] of layout.facts) out.push(`- **${label}:** ${markdownInline(value)}`);
  out.push('', '_Lines marked **NEW** were not in the previous brief._');
  for (const block of layout.blocks) {
    out.push('', `## ${block.heading}`, '');
    for (const paragraph of block.paragraphs) out.push(markdownText(paragraph), '');
    for (const line of block.lines)
      out.push(`- ${line.isNew ? '**NEW** ' : ''}${markdownInline(line.text)}`);
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** A file name for the exports: "INC-0042-brief-2". */
export function briefFileName(brief: Pick<HandoffDoc, 'incident' | 'number'>): string {
  return `${brief.incident.reference}-brief-${brief.number}`.replace(/[^A-Za-z0-9._-]+/g, '-');
}
