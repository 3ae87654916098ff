import { createContext, useContext, type ReactNode } from 'react';

/** Where the renderer reads the time: the system clock in the app, a fixed instant in tests. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/*
 * The default is the system clock so a component rendered outside the app's
 * providers still works; the app fills it explicitly and tests fill it with
 * their own clock, so no test depends on today's date.
 */
const ClockContext = createContext<Clock>(systemClock);

export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>;
}

export function useClock(): Clock {
  return useContext(ClockContext);
}
