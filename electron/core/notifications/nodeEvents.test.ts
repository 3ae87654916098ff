import { describe, expect, it } from 'vitest';
import { announcingPages, NodeEvents, type PageEvent } from './nodeEvents.ts';

const page: PageEvent = {
  incidentId: 'inc-1',
  escalationId: 'esc-1',
  personIds: ['aisha-bello'],
  text: 'Paged Aisha Bello (Payments on-call, level 1 of 3)',
  at: '2026-11-26T10:00:00.000Z',
};
const actor = { kind: 'system', id: 'node' } as const;

describe('page announcements', () => {
  it('announces each page a command reports and passes the result through', async () => {
    const events = new NodeEvents();
    const heard: PageEvent[] = [];
    events.on('page', (p) => heard.push(p));
    const execute = announcingPages(
      async (name) => (name === 'startEscalation' ? { pages: [page] } : { ok: true }),
      events,
    );
    expect(await execute('startEscalation', {}, actor)).toEqual({ pages: [page] });
    expect(await execute('declareIncident', {}, actor)).toEqual({ ok: true });
    expect(heard).toEqual([page]);
  });

  it('never fails a stored command because a listener threw', async () => {
    const events = new NodeEvents();
    const logged: string[] = [];
    events.on('page', () => {
      throw new Error('notification service gone');
    });
    const execute = announcingPages(
      async () => ({ pages: [page] }),
      events,
      (m) => logged.push(m),
    );
    await expect(execute('advanceEscalation', {}, actor)).resolves.toEqual({ pages: [page] });
    expect(logged).toEqual(['a page listener failed: notification service gone']);
  });
});
