import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { afterActionReportMarkdown } from '../../../shared/exercises/aarMarkdown.ts';
import { afterActionReportPdf } from '../../../shared/exercises/aarPdf.ts';
import { buildAfterActionReport } from '../../../shared/exercises/afterActionReport.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import {
  createExerciseTestNode,
  EVALUATOR,
  FACILITATOR,
  PLAYER,
} from './exerciseNode.testHelpers.ts';
import { loadAarSources } from './reportSources.ts';

const WIN_ANSI: Record<number, string> = {
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
};
const winAnsi = (bytes: Buffer) =>
  [...bytes].map((b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join('');

/** The text a page shows: its content streams inflated, hex strings decoded (WinAnsi ≈ Latin-1). */
function pageText(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
  return streams
    .map((ref) => page.doc.context.lookup(ref as never))
    .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
    .map((s) => inflateSync(Buffer.from(s.getContents())).toString('latin1'))
    .join('\n')
    .split('\n')
    .flatMap((line) => {
      const hex = /^<([0-9A-Fa-f]*)> Tj$/.exec(line.trim());
      return hex?.[1] ? [winAnsi(Buffer.from(hex[1], 'hex'))] : [];
    })
    .join('\n');
}

async function playedExercise() {
  const node = await createExerciseTestNode();
  const { exercise, incident } = await node.run('startExercise', {
    scenarioId: 'ransomware-file-servers',
    commanderId: PLAYER,
  });
  const id = exercise.id;
  await node.clock.advance(60_000, async () => undefined);
  await node.run('controlExerciseClock', { exerciseId: id, action: 'start' });
  await node.run('releaseInject', { exerciseId: id, number: 1 });
  await node.run('joinExercise', { exerciseId: id, playerRole: 'incident-commander' }, PLAYER);
  await node.run('joinExercise', { exerciseId: id, exerciseRole: 'evaluator' }, EVALUATOR);
  await node.run(
    'addTimelineEntry',
    { incidentId: incident.id, text: 'Isolating FS-CLAIMS-02 from the network now' },
    PLAYER,
  );
  await node.run(
    'rateObjective',
    {
      exerciseId: id,
      objectiveId: 'contain-spread',
      rating: 'S',
      observations: 'Isolation ordered at 0:14, after the contingency prompt',
    },
    EVALUATOR,
  );
  await node.run(
    'rateObjective',
    {
      exerciseId: id,
      objectiveId: 'protect-backups',
      rating: 'U',
      observations: 'Backups never checked',
    },
    EVALUATOR,
  );
  await node.run('addHotWashNote', {
    exerciseId: id,
    kind: 'strength',
    text: 'Clear command from the IC',
  });
  await node.run('addHotWashNote', {
    exerciseId: id,
    kind: 'improvement',
    text: 'Nobody knew who may isolate a server',
  });
  const withItem = await node.run('addImprovementItem', {
    exerciseId: id,
    title: 'Write down isolation authority in the decision matrix',
    objectiveId: 'contain-spread',
    ownerId: 'elena-petrova',
    dueDate: '2027-01-15',
  });
  await node.run('updateImprovementItem', {
    exerciseId: id,
    itemId: withItem.improvementItems[0]?.id,
    status: 'in-progress',
  });
  await node.run('controlExerciseClock', { exerciseId: id, action: 'end' });
  const stored = await kindStore(node.database).get('exercises', id);
  if (!stored) throw new Error('exercise missing');
  return { node, report: buildAfterActionReport(await loadAarSources(node.database, stored)) };
}

describe('After-Action Report / Improvement Plan', () => {
  it('rates objectives, splits strengths from areas for improvement and counts participation', async () => {
    const { report } = await playedExercise();
    expect(report.objectives.map((o) => [o.id, o.rating ?? null])).toEqual([
      ['contain-spread', 'S'],
      ['protect-backups', 'U'],
      ['decide-ransom', null],
      ['notify-stakeholders', null],
    ]);
    expect(report.strengths).toEqual(['Clear command from the IC']);
    expect(report.areasForImprovement).toEqual([
      'Nobody knew who may isolate a server',
      expect.stringContaining('Backups never checked'),
    ]);
    expect(report.improvementItems).toEqual([
      expect.objectContaining({
        owner: 'Elena Petrova',
        dueDate: '2027-01-15',
        status: 'in-progress',
      }),
    ]);
    expect(report.participation).toEqual([
      { name: 'Yusuf Demir', exerciseRole: 'facilitator', actions: 0 },
      { name: 'Maya Okafor', exerciseRole: 'player', playedAs: 'Incident Commander', actions: 1 },
      { name: 'Kevin Murphy', exerciseRole: 'evaluator', actions: 0 },
    ]);
    expect(report.overview).toMatchObject({ facilitator: 'Yusuf Demir', injectsReleased: 1 });
    expect(FACILITATOR).toBe('yusuf-demir');
  });

  it('renders as Markdown with every section of the AAR/IP', async () => {
    const { report } = await playedExercise();
    const markdown = afterActionReportMarkdown(report);
    for (const heading of [
      '# After-Action Report / Improvement Plan — Ransomware on the claims file servers',
      '## Overview',
      '## Objectives and ratings',
      '## Strengths',
      '## Areas for improvement',
      '## Improvement plan',
      '## Participation',
    ])
      expect(markdown).toContain(heading);
    expect(markdown).toContain('| S — Performed with some challenges |');
    expect(markdown).toContain(
      '| Write down isolation authority in the decision matrix | Contain the ransomware',
    );
  });

  it('renders as a PDF that pdf-lib loads and that carries the report’s text', async () => {
    const { report } = await playedExercise();
    const bytes = await afterActionReportPdf(report);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe(report.title);
    const text = pdf.getPages().map(pageText).join('\n');
    expect(text).toContain('After-Action Report / Improvement Plan');
    expect(text).toContain('Objectives and ratings');
    expect(text).toContain('U (Kevin Murphy): Backups never checked');
    expect(text).toContain(
      'Write down isolation authority in the decision matrix — owner Elena Petrova, due 2027-01-15',
    );
  });
});
