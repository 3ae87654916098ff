import { describe, expect, it } from 'vitest';
import type { CommunicationDoc } from '../../../../shared/schema/communication.ts';
import { cadenceProgress } from './cadenceProgress.ts';

const NOW = Date.parse('2026-12-03T14:00:00Z');

function cadence(overrides: Partial<CommunicationDoc>): CommunicationDoc {
  return {
    id: 'c1',
    kind: 'cadence',
    incidentId: 'i1',
    audienceId: 'executives',
    createdAt: '2026-12-03T13:00:00Z',
    updatedAt: '2026-12-03T13:00:00Z',
    everyMinutes: 30,
    hlc: '1',
    ...overrides,
  };
}

describe('cadenceProgress', () => {
  it('measures time since the last update against the cadence, latest first', () => {
    const rows = cadenceProgress(
      [
        cadence({ id: 'a', audienceId: 'staff', lastSentAt: '2026-12-03T13:50:00Z' }),
        cadence({ id: 'b', audienceId: 'executives', everyMinutes: 15 }),
        cadence({ id: 'c', audienceId: 'gone', stopped: true }),
      ],
      (id) => id.toUpperCase(),
      NOW,
    );
    expect(rows).toEqual([
      { audience: 'EXECUTIVES', sinceMinutes: 60, everyMinutes: 15, percent: 400 },
      { audience: 'STAFF', sinceMinutes: 10, everyMinutes: 30, percent: 33 },
    ]);
  });
});
