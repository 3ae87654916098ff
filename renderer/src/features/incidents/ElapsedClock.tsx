import { formatElapsed } from './elapsed.ts';
import { useNow } from './useNow.ts';

/** A ticking "time since" that re-renders only itself each second. */
export function ElapsedClock({
  since,
  className,
  testId,
}: {
  since: string;
  className?: string;
  testId?: string;
}) {
  const now = useNow();
  return (
    <time className={className} dateTime={since} data-testid={testId}>
      {formatElapsed(since, now)}
    </time>
  );
}
