import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../../shared/commands/command.ts';
import approvalPolicy from '../../../../resources/communications/approval-policy.json';
import audiences from '../../../../resources/communications/audiences.json';
import cadencePolicy from '../../../../resources/communications/cadence-policy.json';
import templates from '../../../../resources/communications/templates.json';
import { as, DEMO, seedDemoCommand } from '../../test/commandFramework.testHelpers.ts';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { kindStore } from '../../../../shared/store/kindStore.ts';
import { storeKindWrites } from '../../../../shared/store/kindWrites.ts';

const SYSTEM: Actor = { kind: 'system', id: 'node' };

describe('communications screen', () => {
  let lantern: TestLantern;
  let incidentId: string;
  beforeEach(async () => {
    lantern = await createTestLantern();
    await seedDemoCommand(lantern);
    const run = lantern.bridge.sendCommand;
    for (const definition of audiences)
      await run('adoptFramework', { kind: 'audience', name: definition.name, definition }, SYSTEM);
    for (const definition of templates)
      await run(
        'adoptFramework',
        { kind: 'communicationTemplate', name: definition.name, definition },
        SYSTEM,
      );
    await run(
      'adoptFramework',
      { kind: 'cadencePolicy', name: cadencePolicy.name, definition: cadencePolicy },
      SYSTEM,
    );
    await run(
      'adoptFramework',
      { kind: 'approvalPolicy', name: approvalPolicy.name, definition: approvalPolicy },
      SYSTEM,
    );
    const incident = await run(
      'declareIncident',
      {
        title: 'Claims portal down',
        severity: 'SEV1',
        type: 'availability',
        summary: 'Logins fail.',
      },
      as(DEMO.commander),
    );
    incidentId = incident.id;
    await run('applyCadencePolicy', { incidentId }, SYSTEM);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('drafts from a template with a preview, and sends an internal update', async () => {
    renderLantern(lantern, {
      route: `/incidents/${incidentId}/communications`,
      personId: DEMO.commander,
    });
    const composer = await screen.findByRole('region', { name: 'Draft an update' });
    await waitFor(() => expect(within(composer).getAllByRole('option').length).toBeGreaterThan(3));
    fireEvent.change(within(composer).getByLabelText('Audience'), {
      target: { value: 'executives' },
    });
    const preview = await screen.findByTestId('comms-preview');
    expect(preview.textContent).toContain('[SEV1 Critical]');
    expect(preview.textContent).toContain('Logins fail.');
    expect(preview.textContent).toContain('Executive incident list (Email), Duty executive (SMS)');
    fireEvent.click(within(composer).getByRole('button', { name: 'Save draft' }));
    const message = await screen.findByTestId('comms-message');
    expect(within(message).getByTestId('comms-stage').textContent).toBe('Draft');
    fireEvent.click(within(message).getByRole('button', { name: 'Send now' }));
    // No outbox runs in this window: nothing has accepted it yet, and the screen says so.
    await waitFor(() =>
      expect(within(message).getByTestId('comms-stage').textContent).toBe(
        'Queued — not delivered yet',
      ),
    );
    expect(
      within(message)
        .getAllByTestId('delivery')
        .map((row) => row.dataset.state),
    ).toEqual(['queued', 'queued']);
  });

  it('shows an overdue update on the cadence panel and beside the incident', async () => {
    const cadence = await kindStore(lantern.database).getStored(
      'communications',
      `cad-${incidentId}-executives`,
    );
    if (!cadence) throw new Error('the incident has no executives cadence');
    // Stand for 40 minutes passing: the update was due 10 minutes ago.
    await storeKindWrites(lantern.database, [
      {
        kind: 'communications',
        document: { ...cadence.document, nextDueAt: lantern.clock.iso(-10 * 60_000) },
        ...(cadence.fieldClocks ? { fieldClocks: cadence.fieldClocks } : {}),
      },
    ]);
    renderLantern(lantern, {
      route: `/incidents/${incidentId}/communications`,
      personId: DEMO.commander,
    });
    await waitFor(() =>
      expect(screen.getAllByTestId('cadence').map((c) => c.dataset.status)).toContain('overdue'),
    );
    expect(screen.getAllByTestId('cadence')[0]?.textContent).toMatch(
      /Executives.*overdue by 10 min/,
    );
    cleanup();
    renderLantern(lantern, { route: `/incidents/${incidentId}`, personId: DEMO.commander });
    expect((await screen.findByTestId('overdue-updates')).textContent).toBe('1 update overdue');
  });
});
