import { describe, expect, it } from 'vitest';
import { createFrameworkTestNode } from '../commands/frameworkNode.testHelpers.ts';
import { resolvedIncidentNode } from './reviewNode.testHelpers.ts';

describe('a post-incident review through the executor', () => {
  it('starts from a resolved incident with its key events linked to their entries', async () => {
    const { run, incident, timeline, review } = await resolvedIncidentNode();
    const started = await run('startReview', { incidentId: incident.id });
    expect(started).toMatchObject({
      status: 'draft',
      severity: 'SEV1',
      exercise: false,
      summary: 'Release 42 exhausted the connection pool; rolled back',
    });
    // Status changes and starred entries, the corrected entry replaced by its correction.
    expect(started.timeline.map((line) => line.text)).toEqual([
      'Incident declared at SEV1 (Critical): Card payments failing',
      'Status declared → investigating — by Ada Commander',
      'Rolled back release 42 at 10:12',
      'Status investigating → resolved — by Ada Commander: Resolution: Release 42 exhausted the connection pool; rolled back',
    ]);
    expect(started.timeline.every((line) => line.sourceEntryId)).toBe(true);
    expect(started.timeline[1]?.at).toBe('2026-11-26T10:05:00.000Z');
    expect((await timeline(incident.id)).at(-1)?.text).toBe(
      'Post-incident review started (4 key events drafted from this timeline).',
    );
    expect(await review(started.id)).toMatchObject({ id: started.id });
  });

  it('refuses a review of an open incident, and a second review, in plain words', async () => {
    const node = await createFrameworkTestNode();
    const open = await node.run('declareIncident', { title: 'VPN down', severity: 'SEV3' });
    const refused = await node.refusal(node.run('startReview', { incidentId: open.id }));
    expect(refused.message).toMatch(/is declared; its review starts once it is resolved/);
    const { run, refusal, incident } = await resolvedIncidentNode();
    await run('startReview', { incidentId: incident.id });
    expect((await refusal(run('startReview', { incidentId: incident.id }))).message).toMatch(
      /already has a review/,
    );
  });

  it('classifies factors, notes what went well, completes only when ready, reopens', async () => {
    const { run, refusal, incident, review } = await resolvedIncidentNode();
    const { id } = await run('startReview', { incidentId: incident.id });
    const noCategory = await refusal(
      run('saveReviewLine', { reviewId: id, list: 'factors', text: 'Pool too small' }),
    );
    expect(noCategory.problems).toEqual([
      { field: 'category', reason: 'Choose the cause category' },
    ]);
    await run('editReviewSection', { reviewId: id, section: 'summary', text: '' });
    const notReady = await refusal(run('completeReview', { reviewId: id }));
    expect(notReady.problems?.map((p) => p.field)).toEqual(['summary', 'factors']);
    await run('editReviewSection', { reviewId: id, section: 'summary', text: 'Pool exhausted' });
    const { line } = await run('saveReviewLine', {
      reviewId: id,
      list: 'factors',
      text: 'Pool sized for last year’s traffic',
      category: 'capacity',
    });
    await run('saveReviewLine', {
      reviewId: id,
      list: 'factors',
      lineId: line.id,
      text: 'Pool sized for last year’s traffic',
      category: 'design-flaw',
    });
    await run(
      'saveReviewLine',
      { reviewId: id, list: 'wentWell', text: 'Rollback took 2 minutes' },
      'dana',
    );
    const done = await run('completeReview', { reviewId: id }, 'dana');
    expect(done).toMatchObject({ status: 'complete', completedAt: '2026-11-26T11:00:00.000Z' });
    expect(done.factors).toMatchObject([{ category: 'design-flaw' }]);
    expect(done.wentWell).toMatchObject([{ text: 'Rollback took 2 minutes' }]);
    const locked = await refusal(
      run('editReviewSection', { reviewId: id, section: 'impact', text: 'x' }),
    );
    expect(locked.message).toMatch(/is complete; reopen it/);
    await run('reopenReview', { reviewId: id });
    expect(await review(id)).toMatchObject({ status: 'draft' });
    expect((await review(id))?.completedAt).toBeUndefined();
  });
});

describe('action items in the tracker', () => {
  async function withReview() {
    const node = await resolvedIncidentNode();
    const started = await node.run('startReview', { incidentId: node.incident.id });
    return { ...node, reviewId: started.id };
  }

  it('have an owner and a due date with its zone; only the owner or an administrator closes one', async () => {
    const { run, refusal, ids, reviewId, actionItem, clock } = await withReview();
    const badZone = await refusal(
      run('addActionItem', {
        reviewId,
        title: 'Size the pool from peak traffic',
        ownerId: ids.dana,
        dueAt: '2026-12-10T17:00:00+01:00',
        dueZone: 'Europe/Atlantis',
      }),
    );
    expect(badZone.problems?.[0]?.field).toBe('dueZone');
    const item = await run('addActionItem', {
      reviewId,
      title: 'Size the pool from peak traffic',
      ownerId: ids.dana,
      dueAt: '2026-12-10T17:00:00+01:00',
      dueZone: 'Europe/Berlin',
      priority: 'high',
    });
    expect(item).toMatchObject({ status: 'open', dueZone: 'Europe/Berlin', exercise: false });
    await run('updateActionItem', { itemId: item.id, status: 'in-progress' }, 'dana');
    const notOwner = await refusal(
      run('closeActionItem', { itemId: item.id, note: 'done' }, 'sam'),
    );
    expect(notOwner.code).toBe('forbidden');
    expect(notOwner.message).toMatch(/Only its owner \(Dana Ruiz\) or an administrator/);
    const noNote = await refusal(run('closeActionItem', { itemId: item.id, note: ' ' }, 'dana'));
    expect(noNote.problems?.[0]?.field).toBe('note');
    clock.now = new Date('2026-12-09T09:00:00Z');
    await run(
      'closeActionItem',
      { itemId: item.id, note: 'Pool now 400; load test passed' },
      'dana',
    );
    expect(await actionItem(item.id)).toMatchObject({
      status: 'done',
      closedBy: ids.dana,
      closedAt: '2026-12-09T09:00:00.000Z',
      closingNote: 'Pool now 400; load test passed',
    });
    const again = await refusal(run('updateActionItem', { itemId: item.id, title: 'x' }));
    expect(again.code).toBe('conflict');
  });

  it('an administrator closes someone else’s item', async () => {
    const { run, ids, reviewId } = await withReview();
    const item = await run('addActionItem', {
      reviewId,
      title: 'Alert on pool saturation',
      ownerId: ids.sam,
      dueAt: '2026-12-01T09:00:00Z',
      dueZone: 'UTC',
    });
    expect(await run('closeActionItem', { itemId: item.id, note: 'Alert added' })).toMatchObject({
      status: 'done',
      closedBy: ids.ada,
    });
  });
});
