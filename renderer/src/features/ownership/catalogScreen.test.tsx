import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

const BACKSTAGE = `kind: Group
metadata: { name: payments }
---
kind: Group
metadata: { name: platform }
---
kind: Component
metadata:
  name: checkout
  annotations: { lantern.dev/raci.respond.accountable: platform }
spec: { owner: payments }
`;

describe('the service catalogue screen', () => {
  let lantern: TestLantern;
  let personId: string;
  beforeEach(async () => {
    lantern = await createTestLantern();
    personId = await seedWorkspace(lantern, 'Yusuf Demir');
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  const stage = async (format: string, content: string) => {
    const form = await screen.findByRole('form', { name: 'Import a service catalogue' });
    fireEvent.change(within(form).getByLabelText('Format'), { target: { value: format } });
    fireEvent.change(within(form).getByLabelText('Catalogue file'), { target: { value: content } });
    fireEvent.click(within(form).getByRole('button', { name: 'Preview changes' }));
  };

  it('previews a Backstage import, applies the accepted changes, then shows a conflict another source creates with the matrix’s answer', async () => {
    renderLantern(lantern, { route: '/catalog', personId });
    await stage('backstage', BACKSTAGE);
    const changes = await screen.findByRole('table', { name: 'Changes in this import' });
    expect(within(changes).getByText('checkout')).toBeTruthy();
    expect(screen.getByText('No catalogued services')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Apply 3 accepted change(s)' }));
    const catalogue = await screen.findByRole('table', { name: 'Service catalogue' });
    expect(within(catalogue).getByText('one owner')).toBeTruthy();

    await stage('csv', 'name,owner\ncheckout,platform');
    const rows = await screen.findByRole('table', { name: 'Changes in this import' });
    expect(within(rows).getByText(/payments → platform/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Apply 1 accepted change(s)' }));
    const conflict = await screen.findByRole('note', { name: 'Ownership conflict on checkout' });
    expect(conflict.textContent).toContain('payments (backstage) vs platform (csv)');
    expect(conflict.textContent).toContain('platform is accountable for responding');
  });

  it('a bad file shows each problem with its line and field, and imports nothing', async () => {
    renderLantern(lantern, { route: '/catalog', personId });
    await stage('csv', 'name,tier,owner\ncheckout,9,payments');
    const problems = await screen.findByRole('alert', { name: 'Problems in the file' });
    expect(problems.textContent).toContain('line 2: tier');
    expect(problems.textContent).toContain('"9" is not a tier from 1 to 4');
    expect(screen.queryByRole('table', { name: 'Changes in this import' })).toBeNull();
  });
});
