import { formatTimeWithSeconds, runtimeTimeZone } from '../../../../shared/time/displayTime.ts';
import { useNow } from '../incidents/useNow.ts';

/** UTC and this screen's local time, side by side, so a room spread over zones reads both. */
export function WallClocks() {
  const now = useNow();
  const local = runtimeTimeZone();
  const iso = new Date(now).toISOString();
  return (
    <div className="wall-clocks" data-testid="wall-clocks">
      <time className="wall-clock" dateTime={iso} data-testid="wall-clock-utc">
        {formatTimeWithSeconds(now, 'UTC')}
      </time>
      <time className="wall-clock wall-clock-local" dateTime={iso} data-testid="wall-clock-local">
        {formatTimeWithSeconds(now, local)} <span className="wall-clock-word">local</span>
      </time>
    </div>
  );
}
