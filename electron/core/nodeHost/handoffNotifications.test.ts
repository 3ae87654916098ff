import { describe, expect, it } from 'vitest';
import { NodeEvents } from '../notifications/nodeEvents.ts';
import { notifyHandoffReminders } from './handoffNotifications.ts';

const reminder = {
  incidentId: 'inc-1',
  personId: 'ada',
  briefId: 'hb-1',
  shiftEndsAt: '2026-11-26T21:00:00.000Z',
  text: "Handoff reminder: Ada Commander's shift ends at 2026-11-26 21:00 UTC (in 30 min).",
  at: '2026-11-26T20:30:00.000Z',
};

describe('desktop notifications for handoff reminders', () => {
  it('shows the timeline words for each reminder the node gives, until unsubscribed', () => {
    const node = { events: new NodeEvents() };
    const shown: { title: string; body: string }[] = [];
    const stop = notifyHandoffReminders(node, (n) => shown.push(n));
    node.events.emit('handoffReminder', reminder);
    expect(shown).toEqual([{ title: 'Lantern — shift handoff', body: reminder.text }]);
    stop();
    node.events.emit('handoffReminder', reminder);
    expect(shown).toHaveLength(1);
  });
});
