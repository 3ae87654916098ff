import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assertConvergesKeepingEdits, type Facts } from '../sync/mergeProperties.testHelpers.ts';
import { mergeRuleFor } from '../sync/mergeRules.ts';

type Doc = Record<string, unknown>;
type Filing = { filedAt: string; recipient: string; recordedBy: string };
const FILING_FIELDS = ['filedAt', 'recipient', 'recordedBy'] as const;

const filingFacts = (doc: Doc): Facts => {
  const filing = doc.filing as Filing | undefined;
  return FILING_FIELDS.map((field) => [`filing.${field}`, filing?.[field]]);
};

describe('obligation filings merge across three replicas (property)', () => {
  it('two people recording the same filing on partitioned nodes converge on one whole filing', () => {
    assertConvergesKeepingEdits<Filing>({
      rule: mergeRuleFor('obligationFilings'),
      // The id is the incident and obligation, so every replica's recording is the same document.
      initial: { id: 'doc', incidentId: 'inc-1', obligationId: 'gdpr-33' },
      edit: fc.record({
        filedAt: fc.constantFrom('2026-03-28T09:00:00.000Z', '2026-03-28T11:30:00.000Z'),
        recipient: fc.constantFrom('BfDI', 'CNIL', 'ICO'),
        recordedBy: fc.constantFrom('person-1', 'person-2', 'person-3'),
      }),
      // The command refuses a second recording on a node that already holds one.
      apply: (doc: Doc, filing, now) =>
        doc.filing ? undefined : { ...doc, filing: { ...filing, recordedAt: now } },
      // Every part of the filing is asserted together: a merge that mixed two would show a pair never recorded.
      facts: (_before, after): Facts => filingFacts(after),
      observe: (doc) => new Map(filingFacts(doc)),
    });
  });
});

type Awareness = { at: string; reason: string; recordedBy: string };
const AWARENESS_FIELDS = ['at', 'reason', 'recordedBy'] as const;

const awarenessFacts = (doc: Doc): Facts => {
  const awareness = doc.awareness as Awareness | undefined;
  return AWARENESS_FIELDS.map((field) => [`awareness.${field}`, awareness?.[field]]);
};

describe('awareness corrections merge across three replicas (property)', () => {
  it('concurrent corrections converge on the latest one, whole', () => {
    assertConvergesKeepingEdits<Awareness>({
      rule: mergeRuleFor('incidentAwareness'),
      initial: { id: 'doc', incidentId: 'inc-1' },
      edit: fc.record({
        at: fc.constantFrom('2026-03-27T06:00:00.000Z', '2026-03-27T08:30:00.000Z'),
        reason: fc.constantFrom('SIEM alert seen in triage', 'Customer e-mail at 08:30'),
        recordedBy: fc.constantFrom('person-1', 'person-2', 'person-3'),
      }),
      // A correction to the time already recorded is refused, as the command does.
      apply: (doc: Doc, awareness, now) =>
        (doc.awareness as Awareness | undefined)?.at === awareness.at
          ? undefined
          : { ...doc, awareness: { ...awareness, recordedAt: now } },
      facts: (_before, after): Facts => awarenessFacts(after),
      observe: (doc) => new Map(awarenessFacts(doc)),
    });
  });
});
