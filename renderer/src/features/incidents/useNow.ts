import { useEffect, useState } from 'react';
import { useClock } from '../../app/clock/ClockContext.tsx';

/** The current time from the injected clock, re-read every `intervalMs`; drives ticking elapsed clocks. */
export function useNow(intervalMs = 1000): number {
  const clock = useClock();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock.now()), intervalMs);
    return () => clearInterval(timer);
  }, [clock, intervalMs]);
  return now;
}
