import { describe, expect, it } from 'vitest';
import { formatMinutes, responseTimes } from './responseTimes.ts';

const declaredAt = '2026-03-02T10:00:00.000Z';

describe('responseTimes', () => {
  it('measures each milestone from the declaration', () => {
    const times = responseTimes(
      {
        declaredAt,
        mitigatedAt: '2026-03-02T10:40:00.000Z',
        resolvedAt: '2026-03-02T12:05:00.000Z',
      },
      [
        { acknowledgedAt: '2026-03-02T10:09:00.000Z' },
        { acknowledgedAt: '2026-03-02T10:04:00.000Z' },
      ],
    );
    expect(times).toEqual({ acknowledgeMinutes: 4, mitigateMinutes: 40, resolveMinutes: 125 });
  });

  it('leaves out milestones not reached yet', () => {
    expect(responseTimes({ declaredAt }, [{}])).toEqual({});
  });

  it('counts a resolve with no mitigated step as mitigation at the resolve', () => {
    const times = responseTimes({ declaredAt, resolvedAt: '2026-03-02T10:30:00.000Z' }, []);
    expect(times).toEqual({ mitigateMinutes: 30, resolveMinutes: 30 });
  });
});

describe('formatMinutes', () => {
  it('reads minutes, hours and days', () => {
    expect(formatMinutes(47)).toBe('47 min');
    expect(formatMinutes(125)).toBe('2 h 05 min');
    expect(formatMinutes(27 * 60 + 10)).toBe('1 d 3 h');
  });
});
