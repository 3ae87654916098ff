import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { addEntry, declare, seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

function entryTexts(): string[] {
  return screen.getAllByTestId('timeline-entry').map((row) => row.textContent ?? '');
}

describe('timeline filters, corrections and windowing', () => {
  let lantern: TestLantern;
  let amara: string;
  let jonas: string;
  beforeEach(async () => {
    lantern = await createTestLantern();
    amara = await seedWorkspace(lantern);
    const person = await lantern.bridge.sendCommand(
      'registerPerson',
      { displayName: 'Jonas Weber' },
      { kind: 'person', id: amara },
    );
    jonas = person.id;
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('filters by person and to starred entries, and corrects an entry linked to its original', async () => {
    const incident = await declare(lantern, amara, { title: 'DNS errors', severity: 'SEV2' });
    await addEntry(lantern, jonas, { incidentId: incident.id, text: 'Resolver at 90% CPU' });
    await addEntry(lantern, amara, {
      incidentId: incident.id,
      text: 'Fail over to the secondary resolver',
      starred: true,
    });
    renderLantern(lantern, { personId: amara, route: `/incidents/${incident.id}` });
    await waitFor(() => expect(screen.getAllByTestId('timeline-entry')).toHaveLength(3));

    fireEvent.change(screen.getByLabelText('Person'), { target: { value: jonas } });
    await waitFor(() => expect(entryTexts()).toHaveLength(1));
    expect(entryTexts()[0]).toContain('Resolver at 90% CPU');

    fireEvent.change(screen.getByLabelText('Person'), { target: { value: '' } });
    fireEvent.click(screen.getByLabelText('Starred only'));
    await waitFor(() => expect(entryTexts().join()).not.toContain('Resolver at 90% CPU'));
    expect(entryTexts().join()).toContain('Fail over to the secondary resolver');
    expect(screen.getAllByLabelText('Key moment')).toHaveLength(entryTexts().length);
    fireEvent.click(screen.getByLabelText('Starred only'));

    const original = await screen.findByText('Resolver at 90% CPU');
    const row = original.closest('li') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Correct' }));
    expect(screen.getByText(/^Correcting the/).textContent).toContain('Resolver at 90% CPU');
    const composer = screen.getByLabelText('Timeline entry');
    expect(composer).toBe(document.activeElement);
    fireEvent.change(composer, { target: { value: 'Resolver at 30% CPU, not 90%' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));

    await waitFor(() => expect(screen.getAllByTestId('timeline-entry')).toHaveLength(4));
    expect(screen.getByTestId('correction-of').textContent).toContain('Resolver at 90% CPU');
    expect(screen.getByTestId('corrected-by').textContent).toContain(
      'Resolver at 30% CPU, not 90%',
    );
    const stored = await lantern.database.timeline
      .findOne({ selector: { text: 'Resolver at 30% CPU, not 90%' } })
      .exec();
    const corrected = await lantern.database.timeline
      .findOne({ selector: { text: 'Resolver at 90% CPU' } })
      .exec();
    expect(stored?.corrects).toBe(corrected?.id);
  });

  it('renders a bounded number of rows for an incident with 50,000 entries', async () => {
    const incident = await declare(lantern, amara, { title: 'Noisy incident', severity: 'SEV3' });
    const [declared] = await lantern.database.timeline.find().exec();
    const base = (declared as { toJSON(): TimelineEntryDoc }).toJSON();
    const entries: TimelineEntryDoc[] = Array.from({ length: 50_000 }, (_, index) => ({
      ...base,
      id: `bulk-${String(index).padStart(6, '0')}`,
      hlc: `${base.hlc}-${String(index).padStart(6, '0')}`,
      text: `Automated check ${index}`,
    }));
    await lantern.database.timeline.bulkInsert(entries);
    renderLantern(lantern, { personId: amara, route: `/incidents/${incident.id}` });

    await waitFor(() => expect(screen.getByText('50001')).toBeTruthy(), { timeout: 30_000 });
    const list = screen.getByRole('list', { name: 'Timeline' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(40);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('50001');
  }, 60_000);
});
