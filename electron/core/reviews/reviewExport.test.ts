import { describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { resolvedIncidentNode } from './reviewNode.testHelpers.ts';

describe('a redacted export of a review', () => {
  it('leaves out sections above the audience, redacts personal data, and records what it took out', async () => {
    const { run, ids, incident, review, database } = await resolvedIncidentNode();
    const { id } = await run('startReview', { incidentId: incident.id });
    await run('editReviewSection', {
      reviewId: id,
      section: 'summary',
      text: 'Dana Ruiz (dana.ruiz@northwind.example) saw pool errors from 10.20.0.7 first.',
    });
    await run('editReviewSection', {
      reviewId: id,
      section: 'impact',
      text: '1,200 card payments declined; EUR 40,000 of orders delayed',
    });
    await run('labelReviewSection', { reviewId: id, section: 'impact', label: 'confidential' });
    await run('labelReviewSection', { reviewId: id, section: 'summary', label: 'public' });
    await run('saveReviewLine', {
      reviewId: id,
      list: 'factors',
      text: 'The pool password=Sup3rSecret! was in the runbook',
      category: 'process-gap',
    });
    await run('addActionItem', {
      reviewId: id,
      title: 'Move the pool credentials to the vault',
      ownerId: ids.sam,
      dueAt: '2026-12-10T17:00:00-05:00',
      dueZone: 'America/New_York',
    });
    const before = await review(id);

    const { markdown, export: record } = await run('exportReview', {
      reviewId: id,
      audience: 'public',
    });
    expect(markdown).not.toMatch(/Dana|dana\.ruiz|10\.20\.0\.7|Sup3rSecret|Sam Okoro|40,000/);
    expect(markdown).toContain('\\[redacted name\\] (\\[redacted e-mail address\\]) saw pool');
    expect(markdown).toContain('- Section left out: Impact (confidential)');
    // Internal sections are above a public audience too (no label = internal).
    expect(markdown).toContain('- Section left out: Timeline (internal)');
    expect(markdown).toContain('due 2026-12-10 17:00 EST (medium)');
    expect(record).toMatchObject({
      audience: 'public',
      exportedBy: ids.ada,
      omittedSections: ['impact', 'timeline', 'factors', 'wentWell', 'wasHard'],
      redactions: [
        { kind: 'e-mail address', count: 1 },
        { kind: 'IP address', count: 1 },
        { kind: 'name', count: 2 },
      ],
    });
    expect(markdown).toContain('- 2 × name');

    const internal = await run('exportReview', { reviewId: id, audience: 'internal' });
    expect(internal.markdown).toContain('**process-gap**: The pool password=\\[redacted secret\\]');
    expect(internal.export.redactions).toEqual([
      { kind: 'secret', count: 1 },
      { kind: 'e-mail address', count: 1 },
      { kind: 'IP address', count: 1 },
      // Dana and Sam, and Ada twice in the drafted timeline's status changes.
      { kind: 'name', count: 4 },
    ]);
    expect(internal.markdown).toContain('— by \\[redacted name\\]');
    expect(internal.markdown).not.toMatch(/Ada Commander|EUR 40,000/);
    expect(await review(id)).toEqual(before);
    expect(await kindStore(database).find('reviewExports')).toHaveLength(2);
  });
});
