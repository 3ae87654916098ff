import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupAlerts, type GroupableAlert } from './grouping.ts';

const timings = fc.record({
  groupWaitMs: fc.integer({ min: 0, max: 120_000 }),
  groupIntervalMs: fc.integer({ min: 1_000, max: 600_000 }),
});

const alerts = fc
  .array(
    fc.record({
      service: fc.option(fc.constantFrom('checkout', 'search', 'db'), { nil: undefined }),
      at: fc.integer({ min: 0, max: 3_600_000 }),
    }),
    { maxLength: 60 },
  )
  .map((list) => list.map((alert, index): GroupableAlert => ({ ...alert, id: `a${index}` })));

describe('alert grouping (properties)', () => {
  it('every alert is in exactly one group and one notification, never before it arrived, at most max(wait, interval) later', () => {
    fc.assert(
      fc.property(alerts, timings, (list, t) => {
        const groups = groupAlerts(list, t);
        const byId = new Map(list.map((a) => [a.id, a]));
        const inGroups = groups.flatMap((g) => g.alertIds).sort();
        const notified = groups.flatMap((g) => g.notifications.flatMap((n) => n.alertIds)).sort();
        expect(inGroups).toEqual(list.map((a) => a.id).sort());
        expect(notified).toEqual(inGroups);
        for (const group of groups)
          for (const batch of group.notifications)
            for (const id of batch.alertIds) {
              const alert = byId.get(id);
              if (!alert) throw new Error(`unknown alert ${id}`);
              expect(alert.service ?? '(no service)').toBe(group.service);
              expect(batch.at).toBeGreaterThanOrEqual(alert.at);
              expect(batch.at - alert.at).toBeLessThanOrEqual(
                Math.max(t.groupWaitMs, t.groupIntervalMs),
              );
            }
      }),
    );
  });

  it('batches of a group go out in order, spaced by whole intervals after the first wait', () => {
    fc.assert(
      fc.property(alerts, timings, (list, t) => {
        for (const group of groupAlerts(list, t)) {
          const times = group.notifications.map((n) => n.at);
          expect(times[0]).toBe(group.openedAt + t.groupWaitMs);
          times.forEach((at, i) => {
            if (i > 0) expect(at).toBeGreaterThan(times[i - 1] ?? at);
            expect((at - (times[0] ?? 0)) % t.groupIntervalMs).toBe(0);
          });
        }
      }),
    );
  });

  it('alerts of one service arriving close together form one group; the order they are given in does not matter', () => {
    fc.assert(
      fc.property(alerts, timings, fc.integer(), (list, t, seed) => {
        const shuffled = [...list].sort(
          (a, b) => ((a.at * 31 + seed) % 7) - ((b.at * 31 + seed) % 7),
        );
        expect(groupAlerts(shuffled, t)).toEqual(groupAlerts(list, t));
      }),
    );
    const burst = [0, 5_000, 9_000].map((at, i) => ({ id: `b${i}`, service: 'checkout', at }));
    const [group, ...rest] = groupAlerts(burst, { groupWaitMs: 30_000, groupIntervalMs: 300_000 });
    expect(rest).toEqual([]);
    expect(group?.notifications).toEqual([{ at: 30_000, alertIds: ['b0', 'b1', 'b2'] }]);
  });
});
