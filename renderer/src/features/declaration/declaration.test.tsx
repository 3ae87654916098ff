import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO, seedDemoCommand } from '../../test/commandFramework.testHelpers.ts';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { createTestClock } from '../../test/testClock.testHelpers.ts';

describe('declaring with the threshold questions', () => {
  let lantern: TestLantern;
  beforeEach(async () => {
    lantern = await createTestLantern();
    await seedDemoCommand(lantern);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('recommends a severity from the answers, follows it until the person picks one, and declares with the answers', async () => {
    renderLantern(lantern, { personId: DEMO.commander });
    const [trigger] = await screen.findAllByRole('button', { name: 'Declare incident' });
    fireEvent.click(trigger as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Declare an incident' });
    const recommendation = within(dialog).getByRole('region', { name: 'Recommendation' });
    await waitFor(() => expect(recommendation.textContent).toContain('No declaration needed'));

    fireEvent.change(within(dialog).getByLabelText('Title'), {
      target: { value: 'Card payments failing' },
    });
    fireEvent.change(
      within(dialog).getByLabelText('Are customers affected? None, a few, many or all?'),
      { target: { value: 'all' } },
    );
    fireEvent.click(
      within(dialog).getByLabelText('Is revenue being lost or are payments failing?'),
    );
    fireEvent.change(within(dialog).getByLabelText('Affected services'), {
      target: { value: 'payments-gateway' },
    });

    await waitFor(() => expect(recommendation.textContent).toContain('Declare an incident'));
    const recommended = /SEV[12]/.exec(recommendation.textContent ?? '')?.[0];
    const severity = within(dialog).getByLabelText('Severity') as HTMLSelectElement;
    // No click needed: the severity follows the recommendation as the answers change.
    expect(severity.value).toBe(recommended);
    expect(recommendation.textContent).toContain('Severity follows the recommendation');
    // The incident type is asked once, among the threshold questions.
    expect(within(dialog).getAllByLabelText('What kind of incident is it?')).toHaveLength(1);
    expect(within(dialog).queryByLabelText('Type')).toBeNull();

    // A severity the person picks stays theirs until they follow the recommendation again.
    fireEvent.change(severity, { target: { value: 'SEV4' } });
    fireEvent.click(
      within(dialog).getByLabelText('Could data have been exposed to anyone not entitled to it?'),
    );
    expect(severity.value).toBe('SEV4');
    fireEvent.click(within(recommendation).getByRole('button', { name: /^Use SEV/ }));
    expect(severity.value).toBe(recommended);
    fireEvent.click(
      within(dialog).getByLabelText('Could data have been exposed to anyone not entitled to it?'),
    );

    fireEvent.click(within(dialog).getByRole('button', { name: 'Declare incident' }));
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Card payments failing' },
        { timeout: 5_000 },
      ),
    ).toBeTruthy();
    const [incident] = await lantern.database.incidents.find().exec();
    expect(incident?.severity).toBe(recommended);
    expect(incident?.classification?.recommendedSeverity).toBe(recommended);
    expect(incident?.classification?.answers).toMatchObject({
      customersAffected: 'all',
      revenueImpact: true,
    });
    expect(incident?.serviceIds).toEqual(['payments-gateway']);
  });
});

describe('classification criteria past their review date', () => {
  let lantern: TestLantern;
  beforeEach(async () => {
    // The shipped criteria are due for review on 2026-12-31; the test runs two weeks later.
    lantern = await createTestLantern({
      clock: createTestClock(Date.parse('2027-01-15T10:00:00Z')),
    });
    await seedDemoCommand(lantern);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('are flagged in the declare dialog with the version, due date and owner', async () => {
    renderLantern(lantern, { personId: DEMO.commander });
    const [trigger] = await screen.findAllByRole('button', { name: 'Declare incident' });
    fireEvent.click(trigger as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Declare an incident' });
    const notice = await within(dialog).findByText(/Review overdue/);
    expect(notice.textContent).toContain('were due for review on 2026-12-31');
    expect(notice.textContent).toContain('Head of Operational Resilience');
  });
});
