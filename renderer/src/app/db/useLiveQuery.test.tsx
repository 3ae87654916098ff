import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Subject } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { declare, seedWorkspace } from '../../test/seed.testHelpers.ts';
import type { LanternDatabase } from '../../../../shared/store/database.ts';
import { LanternProvider } from './LanternContext.tsx';
import { useIncidents } from './lanternQueries.ts';
import { LIVE_QUERY_RETRY_MS } from './useLiveQuery.ts';

describe('live queries', () => {
  let lantern: TestLantern;
  let personId: string;
  beforeEach(async () => {
    lantern = await createTestLantern();
    personId = await seedWorkspace(lantern);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await lantern.close();
  });

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

  it('keeps the last documents on screen when the node goes away, and subscribes again', async () => {
    vi.useFakeTimers();
    const emissions: Subject<{ toJSON(): unknown }[]>[] = [];
    const incidents = {
      find: () => {
        const results = new Subject<{ toJSON(): unknown }[]>();
        emissions.push(results);
        return { $: results };
      },
    };
    // Only the transport fails here, so only the collection is stood in for.
    const unreachable = {
      ...lantern,
      database: { collections: { incidents } } as unknown as LanternDatabase,
    };
    const onlyIncidents = ({ children }: { children: ReactNode }) => (
      <LanternProvider connection={unreachable}>{children}</LanternProvider>
    );
    const { result } = renderHook(() => useIncidents('all'), { wrapper: onlyIncidents });

    act(() => emissions[0]?.next([{ toJSON: () => ({ id: 'inc-1', title: 'Payments down' }) }]));
    act(() => emissions[0]?.error(new Error('connection lost')));
    expect(result.current.documents).toEqual([{ id: 'inc-1', title: 'Payments down' }]);
    expect(result.current.error?.message).toBe('connection lost');

    act(() => vi.advanceTimersByTime(LIVE_QUERY_RETRY_MS));
    act(() => emissions[1]?.next([]));
    expect(result.current.documents).toEqual([]);
    expect(result.current.error).toBeNull();
  });
});
