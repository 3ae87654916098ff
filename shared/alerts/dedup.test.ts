import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlertDoc, AlertStatus, NormalisedAlert } from '../schema/alert.ts';
import { alertShape } from '../schema/alert.ts';
import { chooseEpisode, foldAlertEvent } from './dedup.ts';

function event(status: AlertStatus, summary = 'Checkout down'): NormalisedAlert {
  return {
    source: 'alertmanager',
    dedupKey: 'fp-1',
    status,
    severity: 'critical',
    summary,
    labels: {},
    startsAt: '2026-11-26T10:00:00.000Z',
    links: [],
    raw: { status },
  };
}

/** Folds a sequence of events for one key the way ingestAlerts does: every episode it leaves. */
function foldAll(statuses: AlertStatus[]): AlertDoc[] {
  const episodes: AlertDoc[] = [];
  statuses.forEach((status, index) => {
    const latest = episodes.at(-1);
    const choice = chooseEpisode(latest, event(status, `summary ${index}`));
    const now = new Date(Date.UTC(2026, 10, 26, 10, 0, index)).toISOString();
    const context = {
      id: `al-${choice.episode}`,
      integrationId: 'int-1',
      episode: choice.episode,
      now,
      hlc: now,
    };
    const folded = foldAlertEvent(
      choice.continues ? latest : undefined,
      event(status, `summary ${index}`),
      context,
    );
    if (choice.continues) episodes[episodes.length - 1] = folded;
    else episodes.push(folded);
  });
  return episodes;
}

describe('deduplication', () => {
  it('repeats update one alert, a resolve closes it, a trigger after the resolve opens the next', () => {
    const episodes = foldAll(['firing', 'firing', 'acknowledged', 'firing', 'resolved', 'firing']);
    expect(episodes.map((alert) => [alert.episode, alert.status, alert.count])).toEqual([
      [1, 'resolved', 5],
      [2, 'firing', 1],
    ]);
    // The acknowledgement holds against the tool's repeated trigger.
    expect(foldAll(['firing', 'acknowledged', 'firing'])[0]?.status).toBe('acknowledged');
    // A resolve keeps what the trigger said.
    expect(foldAll(['firing', 'resolved'])[0]?.summary).toBe('summary 0');
  });

  it('for any sequence of events: counts add up, episodes follow resolves, every alert is valid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<AlertStatus>('firing', 'acknowledged', 'resolved'), {
          minLength: 1,
          maxLength: 40,
        }),
        (statuses) => {
          const episodes = foldAll(statuses);
          expect(episodes.reduce((sum, alert) => sum + alert.count, 0)).toBe(statuses.length);
          let expected = 1;
          let closed = false;
          for (const status of statuses) {
            if (closed && status === 'firing') {
              expected++;
              closed = false;
            } else if (status === 'resolved') closed = true;
          }
          expect(episodes).toHaveLength(expected);
          episodes.forEach((alert, index) => {
            alertShape.parse(alert);
            expect(alert.episode).toBe(index + 1);
            if (index < episodes.length - 1) expect(alert.status).toBe('resolved');
            if (alert.status === 'resolved') expect(alert.resolvedAt).toBeDefined();
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
