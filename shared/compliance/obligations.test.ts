import { describe, expect, it } from 'vitest';
import type { IncidentDoc } from '../schema/incident.ts';
import type { ObligationFilingDoc } from '../schema/obligationFiling.ts';
import { clockEnd, describeDuration } from './clockArithmetic.ts';
import { filingId, obligationsFor } from './obligations.ts';

function incident(overrides: Partial<IncidentDoc> = {}): IncidentDoc {
  return {
    id: 'inc-1',
    reference: 'INC-1',
    title: 'Customer records exposed',
    summary: '',
    severity: 'SEV1',
    type: 'security',
    status: 'investigating',
    exercise: false,
    // Friday before the EU's clocks go forward (Sunday 29 March 2026, 01:00 UTC).
    declaredAt: '2026-03-27T10:00:00.000Z',
    declaredBy: 'person-1',
    updatedAt: '2026-03-27T10:00:00.000Z',
    complianceFlags: ['personalData', 'criticalInfrastructure', 'financialReporting'],
    hlc: '0001',
    ...overrides,
  };
}

function filing(obligationId: string, filedAt: string): ObligationFilingDoc {
  return {
    id: filingId('inc-1', obligationId),
    incidentId: 'inc-1',
    obligationId,
    filing: {
      filedAt,
      recipient: 'BfDI',
      recordedBy: 'person-2',
      recordedAt: filedAt,
    },
    hlc: '0002',
  };
}

const at = (iso: string) => new Date(iso);
const byId = (list: ReturnType<typeof obligationsFor>) => new Map(list.map((o) => [o.id, o]));

describe('obligationsFor', () => {
  it('starts GDPR, NIS2 and DORA clocks at awareness, 72 h elapsed across the spring change', () => {
    const list = obligationsFor(incident(), [], at('2026-03-27T12:00:00Z'), 'Europe/Berlin');
    const obligations = byId(list);
    expect([...obligations.keys()]).toEqual([
      'gdpr-33',
      'nis2-early-warning',
      'nis2-notification',
      'nis2-final-report',
      'dora-initial',
    ]);
    const gdpr = obligations.get('gdpr-33');
    // 72 h after 10:00 UTC Friday is 10:00 UTC Monday; Berlin's clock read 11:00 CET and reads 12:00 CEST.
    expect(gdpr?.dueAt).toBe('2026-03-30T10:00:00.000Z');
    expect(gdpr?.dueLocal).toBe('2026-03-30 12:00 GMT+2');
    expect(gdpr?.status).toBe('due');
    expect(gdpr?.remaining).toBe('2 d 22 h 00 min left');
    expect(obligations.get('nis2-early-warning')?.dueAt).toBe('2026-03-28T10:00:00.000Z');
    expect(obligations.get('dora-initial')?.dueAt).toBe('2026-03-27T14:00:00.000Z');
    expect(obligations.get('dora-initial')?.remaining).toBe('2 h 00 min left');
    expect(obligations.get('nis2-final-report')?.status).toBe('waiting');
    expect(obligations.get('nis2-final-report')?.dueAt).toBeUndefined();
  });

  it('is overdue once the clock has run out unfiled, by how much', () => {
    const dora = byId(obligationsFor(incident(), [], at('2026-03-27T14:30:00Z'), 'UTC')).get(
      'dora-initial',
    );
    expect(dora?.status).toBe('overdue');
    expect(dora?.remainingMs).toBe(-30 * 60_000);
    expect(dora?.remaining).toBe('30 min overdue');
  });

  it('is met when filed, late when filed after the deadline; the final report runs from the notification', () => {
    const filings = [
      filing('gdpr-33', '2026-03-29T09:00:00.000Z'),
      filing('dora-initial', '2026-03-27T15:00:00.000Z'),
      filing('nis2-notification', '2026-03-30T08:00:00.000Z'),
    ];
    const obligations = byId(
      obligationsFor(incident(), filings, at('2026-04-02T00:00:00Z'), 'UTC'),
    );
    expect(obligations.get('gdpr-33')?.status).toBe('met');
    expect(obligations.get('gdpr-33')?.filing?.late).toBe(false);
    expect(obligations.get('gdpr-33')?.remaining).toBe('filed 1 d 1 h 00 min before the deadline');
    expect(obligations.get('dora-initial')?.filing?.late).toBe(true);
    expect(obligations.get('dora-initial')?.remaining).toBe('filed 1 h 00 min after the deadline');
    const final = obligations.get('nis2-final-report');
    expect(final?.status).toBe('due');
    expect(final?.startedAt).toBe('2026-03-30T08:00:00.000Z');
    expect(final?.dueAt).toBe('2026-04-30T08:00:00.000Z');
    expect(obligations.get('nis2-early-warning')?.status).toBe('overdue');
  });

  it('brings DORA only to a major (SEV1) incident, and nothing without flags', () => {
    const sev2 = obligationsFor(
      incident({ severity: 'SEV2' }),
      [],
      at('2026-03-27T12:00:00Z'),
      'UTC',
    );
    expect(sev2.map((o) => o.id)).not.toContain('dora-initial');
    expect(
      obligationsFor(incident({ complianceFlags: [] }), [], at('2026-03-27T12:00:00Z'), 'UTC'),
    ).toEqual([]);
    expect(
      obligationsFor(
        incident({ complianceFlags: undefined }),
        [],
        at('2026-03-27T12:00:00Z'),
        'UTC',
      ),
    ).toEqual([]);
  });

  it('gives health data its 60 days, shown in New York across the autumn change', () => {
    const health = incident({
      complianceFlags: ['healthData'],
      declaredAt: '2026-10-20T12:00:00.000Z',
    });
    const [hipaa] = obligationsFor(health, [], at('2026-10-20T12:00:00Z'), 'America/New_York');
    expect(hipaa?.id).toBe('hipaa-individuals');
    // 11 days to 31 October + 30 in November + 19 = 60; New York left daylight time on 1 November.
    expect(hipaa?.dueAt).toBe('2026-12-19T12:00:00.000Z');
    expect(hipaa?.dueLocal).toBe('2026-12-19 07:00 EST');
  });

  it('runs the clocks from a corrected awareness, and says so', () => {
    const corrected = {
      id: 'inc-1:awareness',
      incidentId: 'inc-1',
      awareness: {
        at: '2026-03-27T06:00:00.000Z',
        reason: 'SIEM alert seen in triage',
        recordedBy: 'person-2',
        recordedAt: '2026-03-27T11:00:00.000Z',
      },
      hlc: '0003',
    };
    const obligations = byId(
      obligationsFor(incident(), [], at('2026-03-27T11:00:00Z'), 'UTC', corrected),
    );
    expect(obligations.get('gdpr-33')?.dueAt).toBe('2026-03-30T06:00:00.000Z');
    expect(obligations.get('gdpr-33')?.startsFrom).toBe('awareness (as corrected)');
    expect(obligations.get('dora-initial')?.status).toBe('overdue');
    expect(obligations.get('dora-initial')?.remaining).toBe('1 h 00 min overdue');
    // Another incident's correction changes nothing here.
    const elsewhere = { ...corrected, incidentId: 'inc-2' };
    const unchanged = byId(
      obligationsFor(incident(), [], at('2026-03-27T11:00:00Z'), 'UTC', elsewhere),
    );
    expect(unchanged.get('gdpr-33')?.dueAt).toBe('2026-03-30T10:00:00.000Z');
  });

  it('ignores another incident’s filings', () => {
    const other = { ...filing('gdpr-33', '2026-03-28T09:00:00.000Z'), incidentId: 'inc-2' };
    const gdpr = byId(obligationsFor(incident(), [other], at('2026-03-28T10:00:00Z'), 'UTC')).get(
      'gdpr-33',
    );
    expect(gdpr?.status).toBe('due');
  });
});

describe('clockEnd', () => {
  it('counts a month to the same day, or the last day of a shorter month', () => {
    const month = { unit: 'months', amount: 1 } as const;
    expect(clockEnd(at('2026-01-31T09:00:00Z'), month).toISOString()).toBe(
      '2026-02-28T09:00:00.000Z',
    );
    expect(clockEnd(at('2028-01-31T09:00:00Z'), month).toISOString()).toBe(
      '2028-02-29T09:00:00.000Z',
    );
    expect(clockEnd(at('2026-12-15T23:30:00Z'), month).toISOString()).toBe(
      '2027-01-15T23:30:00.000Z',
    );
  });

  it('counts hours as elapsed time across the autumn change', () => {
    // Berlin's clocks go back on 25 October 2026 at 01:00 UTC; 24 h is still 24 h.
    expect(clockEnd(at('2026-10-24T22:00:00Z'), { unit: 'hours', amount: 24 }).toISOString()).toBe(
      '2026-10-25T22:00:00.000Z',
    );
  });
});

describe('describeDuration', () => {
  it('reads to the minute', () => {
    expect(describeDuration(59_999)).toBe('0 min');
    expect(describeDuration(-(3 * 3_600_000 + 5 * 60_000))).toBe('3 h 05 min');
    expect(describeDuration(26 * 3_600_000)).toBe('1 d 2 h 00 min');
  });
});
