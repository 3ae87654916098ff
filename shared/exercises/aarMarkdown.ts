import type { AfterActionReport } from './afterActionReport.ts';
import { markdownInline, markdownText } from '../text/markdownEscape.ts';
import { RATING_LABELS } from './evaluation.ts';
import { formatDateTime } from '../time/displayTime.ts';

// Everything people wrote (titles, observations, strengths, names) goes
// through markdownEscape: the report is pasted where Markdown renders, and
// raw HTML or a forged heading must stay text.
const cell = markdownInline;

function bullets(items: readonly string[], none: string): string[] {
  return items.length ? items.map((item) => `- ${markdownInline(item)}`) : [`_${none}_`];
}

function overviewLines(report: AfterActionReport): string[] {
  const o = report.overview;
  return [
    '## Overview',
    '',
    markdownText(o.summary),
    '',
    `- Scenario: ${cell(report.scenarioTitle)}`,
    ...(o.incidentReference ? [`- Exercise incident: ${cell(o.incidentReference)}`] : []),
    `- Facilitator: ${cell(o.facilitator)}`,
    ...(o.startedAt ? [`- Started: ${formatDateTime(o.startedAt, 'UTC')}`] : []),
    ...(o.endedAt ? [`- Ended: ${formatDateTime(o.endedAt, 'UTC')}`] : []),
    `- Scenario time played: ${o.scenarioDuration}`,
    `- Injects: ${o.injectsReleased} released, ${o.injectsSkipped} skipped, ${o.injectsPending} not used; ${o.contingenciesAdded} contingency injects added`,
  ];
}

function objectiveLines(report: AfterActionReport): string[] {
  return [
    '## Objectives and ratings',
    '',
    '| Objective | Capability | Rating |',
    '| --- | --- | --- |',
    ...report.objectives.map(
      (o) =>
        `| ${cell(o.text)} | ${cell(o.capability ?? '')} | ${o.rating ? `${o.rating} — ${RATING_LABELS[o.rating]}` : 'Not rated'} |`,
    ),
    '',
    ...report.objectives.flatMap((o) =>
      o.evaluations.map(
        (e) => `- **${cell(o.text)}** (${e.rating}, ${cell(e.evaluator)}): ${cell(e.observations)}`,
      ),
    ),
  ];
}

/** The AAR/IP as Markdown: overview, objectives and ratings, strengths, areas for improvement, plan. */
export function afterActionReportMarkdown(report: AfterActionReport): string {
  const lines = [
    `# ${cell(report.title)}`,
    '',
    '**EXERCISE** — this report is about a tabletop exercise, not a real incident.',
    '',
    ...overviewLines(report),
    '',
    ...objectiveLines(report),
    '',
    '## Strengths',
    '',
    ...bullets(report.strengths, 'None recorded'),
    '',
    '## Areas for improvement',
    '',
    ...bullets(report.areasForImprovement, 'None recorded'),
    '',
    '## Improvement plan',
    '',
    ...(report.improvementItems.length
      ? [
          '| Improvement | Objective | Owner | Due | Status |',
          '| --- | --- | --- | --- | --- |',
          ...report.improvementItems.map(
            (i) =>
              `| ${cell(i.title)} | ${cell(i.objective ?? '')} | ${cell(i.owner)} | ${cell(i.dueDate)} | ${i.status} |`,
          ),
        ]
      : ['_No improvement items yet_']),
    '',
    '## Participation',
    '',
    '| Person | Exercise role | Played as | Actions |',
    '| --- | --- | --- | --- |',
    ...report.participation.map(
      (p) => `| ${cell(p.name)} | ${p.exerciseRole} | ${cell(p.playedAs ?? '')} | ${p.actions} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
