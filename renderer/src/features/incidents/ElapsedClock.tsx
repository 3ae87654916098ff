import { formatElapsed } from './elapsed.ts';
import { useNow } from './useNow.ts';

interface ElapsedProps {
  since: string;
  /** When the clock stopped (the incident was resolved): shows the fixed duration, no ticking. */
  until?: string;
  className?: string;
  testId?: string;
}

function TickingClock({ since, className, testId }: Omit<ElapsedProps, 'until'>) {
  const now = useNow();
  return (
    <time className={className} dateTime={since} data-testid={testId}>
      {formatElapsed(since, now)}
    </time>
  );
}

/** A "time since" that re-renders only itself each second, and stops once resolved. */
export function ElapsedClock({ since, until, className, testId }: ElapsedProps) {
  if (!until) return <TickingClock since={since} className={className} testId={testId} />;
  return (
    <time className={className} dateTime={since} data-testid={testId} data-stopped="true">
      {formatElapsed(since, Date.parse(until))}
    </time>
  );
}
