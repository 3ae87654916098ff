import { formatDateTime } from '../time/displayTime.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-26 14:05 UTC": brief text is read on other nodes and on paper, so UTC and explicit. */
export function briefTime(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return String(iso);
  return formatDateTime(date, 'UTC');
}

/** "2 h 05 min", "45 min": how long ago or how long until. */
export function briefDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${pad(minutes % 60)} min`;
}
