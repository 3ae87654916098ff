import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { addEntry, declare, seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

describe('review screens', () => {
  let lantern: TestLantern;
  let commanderId: string;
  let incidentId: string;
  const as = () => ({ kind: 'person' as const, id: commanderId });

  async function resolve(title: string, note: string, exercise = false) {
    const incident = await declare(lantern, commanderId, {
      title,
      severity: 'SEV1',
      summary: 'Payments fail',
      ...(exercise ? { exercise: true } : {}),
    });
    await addEntry(lantern, commanderId, { incidentId: incident.id, text: note, starred: true });
    await lantern.bridge.sendCommand(
      'changeIncidentStatus',
      { incidentId: incident.id, status: 'resolved', resolutionSummary: 'Rolled back' },
      as(),
    );
    return incident.id;
  }

  beforeEach(async () => {
    lantern = await createTestLantern();
    commanderId = await seedWorkspace(lantern, 'Amara Okafor');
    incidentId = await resolve('Card payments failing', 'Connection pool exhausted');
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('starts a review from a resolved incident and writes it, with blame and redaction hints', async () => {
    renderLantern(lantern, { route: '/reviews', personId: commanderId });
    const row = await screen.findByTestId('review-incident');
    fireEvent.click(within(row).getByRole('button', { name: 'Start review' }));
    const editor = await screen.findByTestId('review-editor');
    expect(editor.getAttribute('data-status')).toBe('draft');
    const timeline = within(screen.getByRole('region', { name: 'Timeline' }));
    expect(timeline.getByText(/Connection pool exhausted/)).toBeTruthy();

    const summary = within(screen.getByRole('region', { name: 'Summary' }));
    fireEvent.change(summary.getByLabelText('Summary'), {
      target: { value: 'It was Amara Okafor’s fault; mail amara@northwind.example' },
    });
    expect(summary.getByTestId('blame-warning').textContent).toMatch(/“fault” next to Amara/);
    expect(summary.getByTestId('redaction-proposals').textContent).toContain('e-mail address');
    fireEvent.click(summary.getByRole('button', { name: 'Save summary' }));

    const factors = within(screen.getByRole('region', { name: 'Contributing factors' }));
    fireEvent.change(factors.getByLabelText('Cause category'), { target: { value: 'capacity' } });
    fireEvent.change(factors.getByLabelText('Contributing factor'), {
      target: { value: 'Pool sized for last year' },
    });
    fireEvent.click(factors.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(factors.getByText('Pool sized for last year')).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: 'Mark review complete' }));
    await waitFor(() =>
      expect(screen.getByTestId('review-editor').getAttribute('data-status')).toBe('complete'),
    );
    const stored = await lantern.bridge.sendCommand(
      'exportReview',
      { reviewId: `rv-${incidentId}`, audience: 'internal' },
      as(),
    );
    expect(stored.markdown).toContain('**capacity**: Pool sized for last year');
    expect(stored.markdown).not.toContain('amara@northwind.example');
  });

  it('shows overdue action items first in the tracker, real incidents before exercises', async () => {
    const drillId = await resolve('Payments drill', 'Drill pool exhausted', true);
    for (const [incident, title, dueAt] of [
      [drillId, 'Drill follow-up', lantern.clock.iso(-86_400_000)],
      [incidentId, 'Alert on pool saturation', lantern.clock.iso(7 * 86_400_000)],
      [incidentId, 'Size the pool', lantern.clock.iso(-3_600_000)],
    ] as const) {
      const review = await lantern.bridge
        .sendCommand('startReview', { incidentId: incident }, as())
        .catch(() => ({ id: `rv-${incident}` }));
      await lantern.bridge.sendCommand(
        'addActionItem',
        { reviewId: review.id, title, ownerId: commanderId, dueAt, dueZone: 'Europe/Berlin' },
        as(),
      );
    }
    renderLantern(lantern, { route: '/reviews/action-items', personId: commanderId });
    await waitFor(() => expect(screen.getAllByTestId('action-item')).toHaveLength(3));
    const rows = screen.getAllByTestId('action-item');
    expect(rows.map((r) => r.querySelector('strong')?.textContent)).toEqual([
      'Size the pool',
      'Alert on pool saturation',
      'Drill follow-up',
    ]);
    expect(rows[0]?.textContent).toContain('Overdue');
    expect(rows[1]?.textContent).not.toContain('Overdue');
    expect(rows[0]?.textContent).toMatch(/CET|GMT\+1/);
    expect(screen.getByTestId('overdue-count').textContent).toBe('2 overdue of 3 shown');

    const first = within(rows[0] as HTMLElement);
    fireEvent.change(first.getByLabelText('What was done (evidence)'), {
      target: { value: 'Pool now 400' },
    });
    fireEvent.click(first.getByRole('button', { name: 'Close item' }));
    await waitFor(() => expect(screen.getAllByTestId('action-item')).toHaveLength(2));
  });

  it('finds past incidents and reviews by search, real incidents first, words marked', async () => {
    await resolve('Payments drill', 'Connection pool exhausted in the drill', true);
    renderLantern(lantern, { route: '/reviews', personId: commanderId });
    await screen.findAllByTestId('review-incident');
    fireEvent.change(screen.getByLabelText('Search past incidents and reviews'), {
      target: { value: 'card payments' },
    });
    const hits = await screen.findAllByTestId('knowledge-hit');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.textContent).toContain('Card payments failing');
    fireEvent.change(screen.getByLabelText('Search past incidents and reviews'), {
      target: { value: 'payments' },
    });
    await waitFor(() => expect(screen.getAllByTestId('knowledge-hit')).toHaveLength(2));
    const [real, drill] = screen.getAllByTestId('knowledge-hit');
    expect(real?.textContent).toContain('Card payments failing');
    expect(drill?.textContent).toContain('Payments drill');
    expect(real?.querySelector('mark')?.textContent?.toLowerCase()).toBe('payments');
  });
});
