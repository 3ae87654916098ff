import { useNow } from '../incidents/useNow.ts';

export function WallClock() {
  const now = useNow();
  return (
    <time className="wall-clock" dateTime={new Date(now).toISOString()}>
      {new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
    </time>
  );
}
