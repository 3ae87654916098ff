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
    expect(messageStage(doc({ approval: approval('approved'), sentAt: at }))).toBe('sent');
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
