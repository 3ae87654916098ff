import { formatClockTime } from '../incidents/elapsed.ts';
import { useNow } from '../incidents/useNow.ts';

export function WallClock() {
  const now = useNow();
  return (
    <time className="wall-clock" dateTime={new Date(now).toISOString()}>
      {formatClockTime(new Date(now).toISOString())}
    </time>
  );
}
