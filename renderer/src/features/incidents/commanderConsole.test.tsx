import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { addEntry, declare, seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

async function openDeclareDialog(): Promise<HTMLElement> {
  const [trigger] = await screen.findAllByRole('button', { name: 'Declare incident' });
  fireEvent.click(trigger as HTMLElement);
  const dialog = await screen.findByRole('dialog', { name: 'Declare an incident' });
  expect(within(dialog).getByLabelText('Title')).toBe(document.activeElement);
  return dialog;
}

describe('commander console', () => {
  let lantern: TestLantern;
  let personId: string;
  beforeEach(async () => {
    lantern = await createTestLantern();
    personId = await seedWorkspace(lantern);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('declares an incident and opens it with its first timeline entry', async () => {
    renderLantern(lantern, { personId });
    const dialog = await openDeclareDialog();

    fireEvent.change(within(dialog).getByLabelText('Title'), {
      target: { value: 'Checkout failing in EU' },
    });
    fireEvent.change(within(dialog).getByLabelText('Severity'), { target: { value: 'SEV2' } });
    fireEvent.change(within(dialog).getByLabelText('What kind of incident is it?'), {
      target: { value: 'availability' },
    });
    fireEvent.change(within(dialog).getByLabelText('Summary'), {
      target: { value: 'Card payments time out.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Declare incident' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Checkout failing in EU' }),
    ).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const [entry] = await screen.findAllByTestId('timeline-entry');
    expect(entry?.textContent).toContain(
      'Incident declared at SEV2 (Major): Checkout failing in EU',
    );
    expect(screen.getByTestId('active-incident-banner').textContent).toContain(
      'Checkout failing in EU',
    );
  });

  it('shows why the node refused a declaration, by the field and in a toast', async () => {
    renderLantern(lantern, { personId });
    const dialog = await openDeclareDialog();

    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Declare incident' }));

    const toast = await screen.findByTestId('toast');
    expect(toast.textContent).toContain('Could not declare the incident');
    expect(toast.textContent).toMatch(/give the incident a title/i);
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await lantern.database.incidents.count().exec()).toBe(0);
  });

  it('adds timeline entries live and filters them by kind', async () => {
    const incident = await declare(lantern, personId, {
      title: 'DNS resolution errors',
      severity: 'SEV1',
    });
    renderLantern(lantern, { personId, route: `/incidents/${incident.id}` });

    fireEvent.change(await screen.findByLabelText('Timeline entry'), {
      target: { value: 'Failing over to secondary resolver' },
    });
    fireEvent.change(screen.getByLabelText('Entry kind'), { target: { value: 'decision' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    await waitFor(() => expect(screen.getAllByTestId('timeline-entry')).toHaveLength(2));
    expect((screen.getByLabelText('Timeline entry') as HTMLTextAreaElement).value).toBe('');

    await addEntry(lantern, personId, {
      incidentId: incident.id,
      text: 'Resolver latency back to normal',
    });
    await waitFor(() => expect(screen.getAllByTestId('timeline-entry')).toHaveLength(3));
    const texts = screen.getAllByTestId('timeline-entry').map((row) => row.textContent);
    expect(texts[2]).toContain('Resolver latency back to normal');

    fireEvent.change(screen.getByLabelText('Show entries'), { target: { value: 'decision' } });
    const decisions = screen.getAllByTestId('timeline-entry');
    expect(decisions).toHaveLength(1);
    expect(decisions[0]?.textContent).toContain('Failing over to secondary resolver');
  });

  it('lists real incidents first, then by severity, with exercises after and marked', async () => {
    await declare(lantern, personId, { title: 'Slow search', severity: 'SEV4' });
    await declare(lantern, personId, {
      title: 'Warehouse scanners offline',
      severity: 'SEV1',
      exercise: true,
    });
    await declare(lantern, personId, { title: 'Email delays', severity: 'SEV3' });
    renderLantern(lantern, { personId });

    await waitFor(() => expect(screen.getAllByTestId('incident-row')).toHaveLength(3));
    const rows = screen.getAllByTestId('incident-row');
    expect(
      rows.map((row) => within(row).getByText(/Slow search|Warehouse|Email/).textContent),
    ).toEqual(['Email delays', 'Slow search', 'Warehouse scanners offline']);
    expect(within(rows[2] as HTMLElement).getByTestId('exercise-marker')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).queryByTestId('exercise-marker')).toBeNull();
  });
});
