import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

describe('screens assembled from the feature list', () => {
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

  it('lists each feature’s views in the header, and On call opens the on-call screen', async () => {
    renderLantern(lantern, { route: '/', personId });
    const views = await screen.findByRole('navigation', { name: 'Views' });
    const links = within(views)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual([
      'Console',
      'On call',
      'Alerts',
      'Metrics',
      'Catalogue',
      'Exercises',
      'Reviews',
      'Sync',
    ]);
    fireEvent.click(within(views).getByRole('link', { name: 'On call' }));
    expect(await screen.findByText('No on-call rotations')).toBeTruthy();
  });
});
