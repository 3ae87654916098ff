import { describe, expect, it } from 'vitest';
import { NodeEvents, type PageEvent } from '../notifications/nodeEvents.ts';
import { notifyPages } from './pageNotifications.ts';

const page: PageEvent = {
  incidentId: 'inc-1',
  escalationId: 'esc-1',
  personIds: ['p-1'],
  text: 'Paged Aisha Bello (Payments on-call, level 1 of 3)',
  at: '2026-11-26T10:00:00Z',
};

function fakeNode(incident: { reference: string; severity: string } | null) {
  return {
    events: new NodeEvents(),
    database: { incidents: { findOne: () => ({ exec: async () => incident }) } },
  } as unknown as Parameters<typeof notifyPages>[0];
}

describe('desktop notifications for pages', () => {
  it('names the incident and carries the timeline text, until unsubscribed', async () => {
    const node = fakeNode({ reference: 'INC-261126-ABCD', severity: 'SEV1' });
    const shown: { title: string; body: string }[] = [];
    const stop = notifyPages(node, (n) => shown.push(n));
    node.events.emit('page', page);
    await new Promise((done) => setTimeout(done, 0));
    expect(shown).toEqual([{ title: 'INC-261126-ABCD SEV1 — page', body: page.text }]);
    stop();
    node.events.emit('page', page);
    await new Promise((done) => setTimeout(done, 0));
    expect(shown).toHaveLength(1);
  });

  it('still notifies when the incident is not found', async () => {
    const node = fakeNode(null);
    const shown: { title: string }[] = [];
    notifyPages(node, (n) => shown.push(n));
    node.events.emit('page', page);
    await new Promise((done) => setTimeout(done, 0));
    expect(shown[0]?.title).toBe('Incident — page');
  });
});
