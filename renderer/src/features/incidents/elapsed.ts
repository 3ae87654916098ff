const pad = (value: number) => String(value).padStart(2, '0');

/** "3:07:45" since an ISO time: hours grow without bound, never rolls into days. */
export function formatElapsed(sinceIso: string, nowMs: number): string {
  const totalSeconds = Math.max(0, Math.floor((nowMs - Date.parse(sinceIso)) / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${hours}:${pad(minutes)}:${pad(seconds)}`;
}

/** "14:02" (24-hour, as incident logs are kept) in the viewer's time zone; people read wall-clock time, the HLC orders. */
export function formatClockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString([], {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  });
}
