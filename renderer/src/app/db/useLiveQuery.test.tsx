import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { declare, seedWorkspace } from '../../test/seed.testHelpers.ts';
import { LanternProvider } from './LanternContext.tsx';
import { useIncidents } from './lanternQueries.ts';

describe('live queries', () => {
  let lantern: TestLantern;
  let personId: string;
  beforeEach(async () => {
    lantern = await createTestLantern();
    personId = await seedWorkspace(lantern);
  });
  afterEach(() => lantern.close());

  const wrapper = ({ children }: { children: ReactNode }) => (
    <LanternProvider connection={lantern}>{children}</LanternProvider>
  );

  it('loads, then follows every change without a re-query by the component', async () => {
    const { result } = renderHook(() => useIncidents('active'), { wrapper });
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.documents).toEqual([]);

    await act(() => declare(lantern, personId, { title: 'Payments down', severity: 'SEV1' }));

    await waitFor(() =>
      expect(result.current.documents.map((incident) => incident.title)).toEqual(['Payments down']),
    );
  });

  it('hands out plain documents, not RxDB objects to mutate', async () => {
    await declare(lantern, personId, { title: 'Payments down', severity: 'SEV1' });
    const { result } = renderHook(() => useIncidents('all'), { wrapper });
    await waitFor(() => expect(result.current.documents).toHaveLength(1));
    expect(Object.getPrototypeOf(result.current.documents[0])).toBe(Object.prototype);
  });
});
