const pad = (value: number) => String(value).padStart(2, '0');

/** "3:07:45" since an ISO time: hours grow without bound, never rolls into days. */
export function formatElapsed(sinceIso: string, nowMs: number): string {
  const totalSeconds = Math.max(0, Math.floor((nowMs - Date.parse(sinceIso)) / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${hours}:${pad(minutes)}:${pad(seconds)}`;
}
