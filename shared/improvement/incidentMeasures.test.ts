import { describe, expect, it } from 'vitest';
import { measureIncident } from './incidentMeasures.ts';
import { incidentAt } from './metrics.testHelpers.ts';

describe('measureIncident', () => {
  it('reads every clock from its recorded events', () => {
    const measured = measureIncident(incidentAt({ impactStartedAt: '2026-03-03T09:50:00.000Z' }), {
      alertFirstSeen: ['2026-03-03T09:55:00.000Z', '2026-03-03T09:45:00.000Z'],
      pagesStarted: ['2026-03-03T10:01:00.000Z', '2026-03-03T10:03:00.000Z'],
      acknowledged: ['2026-03-03T10:08:00.000Z'],
    });
    // Detect from the first alert (09:45) to declaration (10:00); ack from the first page (10:01).
    expect(measured.minutes).toEqual({ detect: 15, acknowledge: 7, mitigate: 40, resolve: 120 });
    expect(measured.missing).toEqual([]);
    expect(measured.open).toBe(false);
  });

  it('lists a finished incident with unrecorded events as incomplete, with each reason', () => {
    const measured = measureIncident(incidentAt(), {
      alertFirstSeen: [],
      pagesStarted: ['2026-03-03T10:01:00.000Z'],
      acknowledged: [],
    });
    expect(measured.minutes).toEqual({ mitigate: 40, resolve: 120 });
    expect(measured.missing).toEqual([
      { measure: 'detect', reason: 'no alert attached and no impact start recorded' },
      { measure: 'acknowledge', reason: 'no page was acknowledged' },
    ]);
  });

  it('says nobody was paged rather than inventing an acknowledgement', () => {
    const measured = measureIncident(incidentAt());
    expect(measured.missing.map((m) => m.reason)).toContain('nobody was paged');
    expect(measured.minutes.acknowledge).toBeUndefined();
  });

  it('counts the resolve time as mitigation when no mitigated step was recorded', () => {
    const { mitigatedAt: _never, ...noMitigation } = incidentAt();
    expect(measureIncident(noMitigation).minutes.mitigate).toBe(120);
  });

  it('does not call running clocks on an open incident missing', () => {
    const measured = measureIncident(
      incidentAt({ status: 'investigating', mitigatedAt: undefined, resolvedAt: undefined }),
      { alertFirstSeen: [], pagesStarted: ['2026-03-03T10:02:00.000Z'], acknowledged: [] },
    );
    expect(measured.open).toBe(true);
    expect(measured.minutes).toEqual({});
    expect(measured.missing.map((m) => m.measure)).toEqual(['detect']);
  });

  it('lists a closed incident with no resolve time as incomplete', () => {
    const measured = measureIncident(
      incidentAt({ status: 'closed', mitigatedAt: undefined, resolvedAt: undefined }),
    );
    expect(measured.missing.map((m) => m.measure)).toEqual([
      'detect',
      'acknowledge',
      'mitigate',
      'resolve',
    ]);
  });
});
