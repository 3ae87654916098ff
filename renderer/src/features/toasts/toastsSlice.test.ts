import { describe, expect, it } from 'vitest';
import {
  initialToastsState,
  MAX_TOASTS,
  commandSucceeded,
  toastDismissed,
  toastShown,
  toastsSlice,
} from './toastsSlice.ts';

const reduce = toastsSlice.reducer;

describe('toastsSlice', () => {
  it('keeps the newest few and dismisses by id', () => {
    let state = initialToastsState;
    for (let i = 0; i <= MAX_TOASTS; i += 1)
      state = reduce(state, toastShown({ tone: 'error', title: `Failure ${i}` }));
    expect(state.toasts.map((toast) => toast.title)).toEqual([
      'Failure 1',
      'Failure 2',
      'Failure 3',
      'Failure 4',
    ]);

    const [oldest] = state.toasts;
    state = reduce(state, toastDismissed(oldest?.id ?? ''));
    expect(state.toasts).toHaveLength(MAX_TOASTS - 1);
    expect(state.toasts[0]?.problems).toEqual([]);
  });

  it('clears a command’s failures once that command later succeeds, and only those', () => {
    let state = reduce(
      initialToastsState,
      toastShown({ tone: 'error', title: 'Could not add the entry', command: 'addTimelineEntry' }),
    );
    state = reduce(
      state,
      toastShown({ tone: 'error', title: 'Paging failed', command: 'startEscalation' }),
    );
    state = reduce(state, commandSucceeded('addTimelineEntry'));
    expect(state.toasts.map((toast) => toast.title)).toEqual(['Paging failed']);
  });
});
