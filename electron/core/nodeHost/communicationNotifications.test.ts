import { describe, expect, it } from 'vitest';
import { NodeEvents, type CommunicationDueEvent } from '../notifications/nodeEvents.ts';
import { notifyCommunicationsDue } from './communicationNotifications.ts';

const due: CommunicationDueEvent = {
  stage: 'overdue',
  incidentId: 'inc-1',
  ownerId: 'kevin-murphy',
  text: 'Update to Executives is overdue by 3 min — was due 2026-11-26 10:30 UTC (Kevin Murphy)',
};

describe('desktop notifications for stakeholder updates', () => {
  it('names the incident and carries the timeline text, until unsubscribed', async () => {
    const node = {
      events: new NodeEvents(),
      database: {
        incidents: { findOne: () => ({ exec: async () => ({ reference: 'INC-261126-ABCD' }) }) },
      },
    } as unknown as Parameters<typeof notifyCommunicationsDue>[0];
    const shown: { title: string; body: string }[] = [];
    const stop = notifyCommunicationsDue(node, (n) => shown.push(n));
    node.events.emit('communicationDue', due);
    await new Promise((done) => setTimeout(done, 0));
    expect(shown).toEqual([{ title: 'INC-261126-ABCD — update overdue', body: due.text }]);
    stop();
    node.events.emit('communicationDue', due);
    await new Promise((done) => setTimeout(done, 0));
    expect(shown).toHaveLength(1);
  });
});
