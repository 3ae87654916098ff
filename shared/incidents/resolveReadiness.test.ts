import { describe, expect, it } from 'vitest';
import type { CommunicationDoc } from '../schema/communication.ts';
import { readyToResolve, resolveReadiness } from './resolveReadiness.ts';

const now = new Date('2026-03-02T11:00:00.000Z');
const base = {
  incidentId: 'inc-1',
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  hlc: '0000000000001-0000-node',
};

function message(id: string, extra: Partial<CommunicationDoc>): CommunicationDoc {
  return { ...base, id, kind: 'message', audienceId: 'executives', ...extra };
}

function delivery(state: 'delivered' | 'failed' | 'queued' | 'in-doubt', n: number) {
  return {
    key: `k${n}`,
    recipientId: `p${n}`,
    recipientName: `P${n}`,
    channel: 'email' as const,
    address: `p${n}@example.org`,
    state,
    attempts: 1,
  };
}

describe('resolveReadiness', () => {
  it('lists open steps, unsent and undelivered updates, overdue cadences and live pages', () => {
    const readiness = resolveReadiness({
      steps: [
        { title: 'Confirm impact', completedAt: new Date('2026-03-02T10:05:00Z') },
        { title: 'Roll back', completedAt: null },
      ],
      communications: [
        message('m1', { subject: 'Draft', sentAt: undefined }),
        message('m2', {
          subject: 'Sent',
          sentAt: '2026-03-02T10:30:00.000Z',
          deliveries: [delivery('failed', 1), delivery('failed', 2), delivery('in-doubt', 3)],
        }),
        message('m3', {
          subject: 'Fine',
          sentAt: '2026-03-02T10:30:00.000Z',
          deliveries: [delivery('delivered', 4)],
        }),
        {
          ...base,
          id: 'c1',
          kind: 'cadence',
          audienceId: 'customers',
          nextDueAt: '2026-03-02T10:50:00.000Z',
        },
        {
          ...base,
          id: 'c2',
          kind: 'cadence',
          audienceId: 'staff',
          nextDueAt: '2026-03-02T11:30:00.000Z',
        },
        {
          ...base,
          id: 'c3',
          kind: 'cadence',
          audienceId: 'vendors',
          nextDueAt: '2026-03-02T10:10:00.000Z',
          stopped: true,
        },
      ],
      escalations: [
        { status: 'active', policyName: 'Database on-call' },
        { status: 'acknowledged', policyName: 'Network on-call' },
      ],
      now,
    });
    expect(readiness).toEqual({
      openSteps: ['Roll back'],
      openUpdates: [
        { id: 'm1', audienceId: 'executives', subject: 'Draft', state: 'not sent yet' },
        { id: 'm2', audienceId: 'executives', subject: 'Sent', state: '2 failed, 1 in doubt' },
      ],
      overdueAudienceIds: ['customers'],
      unacknowledgedPages: ['Database on-call'],
    });
    expect(readyToResolve(readiness)).toBe(false);
  });

  it('is ready when nothing is left open', () => {
    const readiness = resolveReadiness({ steps: [], communications: [], escalations: [], now });
    expect(readyToResolve(readiness)).toBe(true);
  });
});
