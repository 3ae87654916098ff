import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { MetricStreamDoc } from '../schema/metricStream.ts';
import { assertConvergesKeepingEdits, type Facts } from '../sync/mergeProperties.testHelpers.ts';
import { mergeRuleFor } from '../sync/mergeRules.ts';
import { foldScoredPoints, newStreamRecord } from './streamRecord.ts';

type Doc = Record<string, unknown>;

const FIELDS = ['alertScore', 'recent', 'anomalies', 'pointCount', 'lastPointAt', 'alerting'];

function changedFields(before: Doc, after: Doc): Facts {
  return FIELDS.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  ).map((field) => [field, after[field]]);
}

const START = Date.UTC(2026, 0, 5);

describe('metric streams merge across three replicas (property)', () => {
  it('points taken and sensitivity set on three nodes converge, each node’s latest write kept field by field', () => {
    type StreamEdit = { action: 'points' | 'sensitivity'; value: number; score: number };
    assertConvergesKeepingEdits<StreamEdit>({
      rule: mergeRuleFor('metricStreams'),
      initial: newStreamRecord('doc', 'int-1', 'cpu', '2026-01-05T00:00:00.000Z') as unknown as Doc,
      edit: fc.record({
        action: fc.constantFrom('points' as const, 'sensitivity' as const),
        value: fc.integer({ min: 0, max: 1000 }),
        score: fc.constantFrom(0, 0.5, 0.8, 0.95),
      }),
      apply: (doc, edit) => {
        const record = doc as unknown as MetricStreamDoc;
        if (edit.action === 'sensitivity')
          return { ...doc, alertScore: 0.5 + (edit.value % 50) / 100 };
        const at = START + (record.pointCount + 1) * 10_000 + edit.value;
        const point = {
          stream: 'cpu',
          at,
          value: edit.value,
          score: edit.score,
          expectedLow: 0,
          expectedHigh: 10,
        };
        return foldScoredPoints(record, [point]).record as unknown as Doc;
      },
      facts: changedFields,
      observe: (doc) => new Map(FIELDS.map((field) => [field, doc[field]])),
    });
  });
});
