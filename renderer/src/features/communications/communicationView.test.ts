import { describe, expect, it } from 'vitest';
import type { CommunicationDoc } from '../../../../shared/schema/communication.ts';
import { cadenceViews, dueText, messageStage } from './communicationView.ts';

const at = '2026-11-26T10:00:00.000Z';
const doc = (over: Partial<CommunicationDoc>): CommunicationDoc => ({
  id: 'x',
  kind: 'message',
  incidentId: 'i',
  audienceId: 'executives',
  createdAt: at,
  updatedAt: at,
  hlc: 'h',
  ...over,
});

describe('communications view', () => {
  it('names where a message stands', () => {
    const approval = (status: NonNullable<CommunicationDoc['approval']>['status']) => ({
      status,
      mode: 'sequence' as const,
      policyId: 'p',
      steps: [],
    });
    expect(messageStage(doc({ approval: approval('not-required') }))).toBe('draft');
    expect(messageStage(doc({ approval: approval('not-requested') }))).toBe('not-requested');
    expect(messageStage(doc({ approval: approval('approved') }))).toBe('approved');
    const delivery = (state: 'queued' | 'delivered' | 'failed', attempts = 0) => ({
      key: `m.sms.${state}`,
      recipientId: 'r',
      recipientName: 'R',
      channel: 'sms' as const,
      address: '+15005550006',
      state,
      attempts,
    });
    const sent = (deliveries: ReturnType<typeof delivery>[]) =>
      messageStage(doc({ approval: approval('approved'), sentAt: at, deliveries }));
    // Sent only once a channel accepted it; otherwise it says what is true.
    expect(sent([delivery('delivered'), delivery('failed')])).toBe('sent');
    expect(sent([delivery('queued')])).toBe('queued');
    expect(sent([delivery('queued', 2)])).toBe('retrying');
    expect(sent([delivery('failed')])).toBe('failed');
    expect(sent([])).toBe('none');
  });

  it('lists running cadences overdue first, and says by how much', () => {
    const views = cadenceViews(
      [
        doc({ id: 'a', kind: 'cadence', nextDueAt: '2026-11-26T10:40:00.000Z', everyMinutes: 60 }),
        doc({ id: 'b', kind: 'cadence', nextDueAt: '2026-11-26T10:05:00.000Z', everyMinutes: 30 }),
        doc({
          id: 'c',
          kind: 'cadence',
          nextDueAt: '2026-11-26T10:02:00.000Z',
          everyMinutes: 30,
          stopped: true,
        }),
      ],
      new Date('2026-11-26T10:08:00Z'),
    );
    expect(views.map((v) => [v.cadence.id, v.status])).toEqual([
      ['b', 'overdue'],
      ['a', 'on-track'],
    ]);
    expect(views.map(dueText)).toEqual(['overdue by 3 min', 'due in 32 min']);
  });
});
