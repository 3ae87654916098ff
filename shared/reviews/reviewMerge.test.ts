import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assertConvergesKeepingEdits, type Facts } from '../sync/mergeProperties.testHelpers.ts';
import { mergeRuleFor } from '../sync/mergeRules.ts';

type Doc = Record<string, unknown>;
type Line = Record<string, unknown>;
const LISTS = ['timeline', 'factors', 'wentWell', 'wasHard'] as const;
const linesOf = (review: Doc, list: string) => (review[list] ?? []) as Line[];

type ReviewEdit =
  | { action: 'section'; section: 'summary' | 'impact'; text: string }
  | { action: 'add' | 'edit' | 'remove'; list: (typeof LISTS)[number]; id: string; text: string }
  | { action: 'classify'; id: string; category: string }
  | { action: 'label'; section: string; label: string };

const words = fc.constantFrom('db failover', 'cache stampede', 'pager silent', 'good comms');
const edit: fc.Arbitrary<ReviewEdit> = fc.oneof(
  fc.record({
    action: fc.constant('section' as const),
    section: fc.constantFrom('summary' as const, 'impact' as const),
    text: words,
  }),
  fc.record({
    action: fc.constantFrom('add' as const, 'edit' as const, 'remove' as const),
    list: fc.constantFrom(...LISTS),
    id: fc.constantFrom('l1', 'l2', 'l3'),
    text: words,
  }),
  fc.record({
    action: fc.constant('classify' as const),
    id: fc.constantFrom('l1', 'l2', 'l3'),
    category: fc.constantFrom('capacity', 'monitoring-gap', 'process-gap'),
  }),
  fc.record({
    action: fc.constant('label' as const),
    section: fc.constantFrom('summary', 'impact', 'factors'),
    label: fc.constantFrom('public', 'confidential'),
  }),
);

/** What the review commands do, as they do it: only the changed field of a line changes. */
function apply(review: Doc, e: ReviewEdit, now: string): Doc | undefined {
  if (e.action === 'section') return { ...review, [e.section]: e.text };
  if (e.action === 'label')
    return { ...review, sensitivity: { ...(review.sensitivity as Doc), [e.section]: e.label } };
  const list = e.action === 'classify' ? 'factors' : e.list;
  const lines = linesOf(review, list);
  const line = lines.find((l) => l.id === e.id);
  if (e.action === 'add') {
    if (line) return undefined;
    const extra = list === 'factors' ? { category: 'other', addedAt: now } : { at: now };
    return { ...review, [list]: [...lines, { id: e.id, text: e.text, authorId: 'p', ...extra }] };
  }
  if (!line) return undefined;
  if (e.action === 'remove') return { ...review, [list]: lines.filter((l) => l !== line) };
  const changed = e.action === 'classify' ? { category: e.category } : { text: e.text };
  return { ...review, [list]: lines.map((l) => (l === line ? { ...l, ...changed } : l)) };
}

function facts(_before: Doc, _after: Doc, e: ReviewEdit): Facts {
  if (e.action === 'section') return [[`section:${e.section}`, e.text]];
  if (e.action === 'label') return [[`label:${e.section}`, e.label]];
  if (e.action === 'classify') return [[`line:factors/${e.id}.category`, e.category]];
  const id = `line:${e.list}/${e.id}`;
  if (e.action === 'remove') return [[id, undefined]];
  if (e.action === 'edit') return [[`${id}.text`, e.text]];
  return [
    [id, true],
    [`${id}.text`, e.text],
    ...(e.list === 'factors' ? ([[`${id}.category`, 'other']] as Facts) : []),
  ];
}

function observe(review: Doc): Map<string, unknown> {
  const shown = new Map<string, unknown>([
    ['section:summary', review.summary],
    ['section:impact', review.impact],
  ]);
  for (const [section, label] of Object.entries(review.sensitivity as Doc))
    shown.set(`label:${section}`, label);
  for (const list of LISTS)
    for (const line of linesOf(review, list)) {
      const id = `line:${list}/${String(line.id)}`;
      shown.set(id, true);
      shown.set(`${id}.text`, line.text);
      if (list === 'factors') shown.set(`${id}.category`, line.category);
    }
  return shown;
}

describe('a review written on three replicas at once (property)', () => {
  it('section texts, labels and every line’s fields merge on their own; nothing acknowledged is lost', () => {
    assertConvergesKeepingEdits<ReviewEdit>({
      rule: mergeRuleFor('reviews'),
      initial: {
        summary: '',
        impact: '',
        timeline: [],
        factors: [],
        wentWell: [],
        wasHard: [],
        sensitivity: {},
      },
      edit,
      apply,
      facts,
      observe,
    });
  });
});

describe('an action item changed on three replicas at once (property)', () => {
  type ItemEdit = { field: 'title' | 'ownerId' | 'dueAt' | 'status'; value: string };
  it('owner, due date, title and status each keep their latest value', () => {
    assertConvergesKeepingEdits<ItemEdit>({
      rule: mergeRuleFor('actionItems'),
      initial: { title: 't', ownerId: 'p-ana', dueAt: '2026-12-01T09:00:00.000Z', status: 'open' },
      edit: fc.record({
        field: fc.constantFrom(
          'title' as const,
          'ownerId' as const,
          'dueAt' as const,
          'status' as const,
        ),
        value: fc.constantFrom('a', 'b', 'c'),
      }),
      apply: (item, e) => ({ ...item, [e.field]: e.value }),
      facts: (_b, _a, e) => [[e.field, e.value]],
      observe: (item) =>
        new Map(
          ['title', 'ownerId', 'dueAt', 'status'].map((f): [string, unknown] => [f, item[f]]),
        ),
    });
  });
});
