import type { CommunicationDoc } from '../../../../shared/schema/communication.ts';

export interface CadenceProgress {
  audience: string;
  /** Minutes since this audience last heard (or since the cadence began). */
  sinceMinutes: number;
  everyMinutes: number;
  /** Share of the cadence used up, in percent; over 100 means the update is late. */
  percent: number;
}

/** Time since the last update to each audience against how often they should hear. */
export function cadenceProgress(
  cadences: readonly CommunicationDoc[],
  audienceName: (id: string) => string,
  nowMs: number,
): CadenceProgress[] {
  return cadences
    .filter((c) => c.kind === 'cadence' && !c.stopped && c.everyMinutes)
    .map((cadence) => {
      const every = cadence.everyMinutes ?? 1;
      const since = Math.max(
        0,
        Math.round((nowMs - Date.parse(cadence.lastSentAt ?? cadence.createdAt)) / 60_000),
      );
      return {
        audience: audienceName(cadence.audienceId),
        sinceMinutes: since,
        everyMinutes: every,
        percent: Math.round((since / every) * 100),
      };
    })
    .sort((a, b) => b.percent - a.percent);
}
