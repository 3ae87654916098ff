import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Recipient } from './configSchemas.ts';
import { deliveriesDue, idempotencyKey, planDeliveries, retryDelayMs } from './deliveries.ts';

const now = '2026-11-26T10:00:00.000Z';
/** The value, or a failed test saying it was missing. */
function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

const recipient = (id: string, channel: Recipient['channel']): Recipient => ({
  id,
  name: id,
  channel,
  address: `${id}@example.com`,
});

describe('outbox deliveries', () => {
  it('one delivery per (message, recipient, channel), whatever repeats the recipient list holds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('a', 'b', 'c'),
            fc.constantFrom('email', 'sms', 'webhook' as const),
          ),
        ),
        (pairs) => {
          const recipients = pairs.map(([id, channel]) =>
            recipient(id, channel as Recipient['channel']),
          );
          const deliveries = planDeliveries('msg-1', recipients, { exercise: false, now });
          const keys = deliveries.map((d) => d.key);
          expect(new Set(keys).size).toBe(keys.length);
          expect(keys.length).toBe(new Set(pairs.map(([id, ch]) => `${id}/${ch}`)).size);
        },
      ),
    );
  });

  it('keys are stable: planning again gives the same keys, so a retry is recognised by the provider', () => {
    const recipients = [recipient('a', 'email'), recipient('a', 'sms')];
    const first = planDeliveries('msg-1', recipients, { exercise: false, now }).map((d) => d.key);
    const again = planDeliveries('msg-1', recipients, { exercise: false, now }).map((d) => d.key);
    expect(again).toEqual(first);
    expect(first).toEqual([
      idempotencyKey('msg-1', 'a', 'email'),
      idempotencyKey('msg-1', 'a', 'sms'),
    ]);
    expect(idempotencyKey('msg-2', 'a', 'email')).not.toBe(first[0]);
  });

  it('exercises suppress every delivery: nothing is due to any channel', () => {
    const deliveries = planDeliveries('msg-1', [recipient('a', 'email')], { exercise: true, now });
    expect(deliveries[0]?.state).toBe('suppressed');
    expect(deliveriesDue(deliveries, new Date('2030-01-01T00:00:00Z'))).toEqual([]);
  });

  it('due: queued ones whose time has come, and any left mid-send by a crash', () => {
    const [a, b, c] = planDeliveries(
      'm',
      [recipient('a', 'email'), recipient('b', 'email'), recipient('c', 'email')],
      {
        exercise: false,
        now,
      },
    );
    const later = { ...must(a), nextAttemptAt: '2026-11-26T10:05:00.000Z' };
    const inDoubt = { ...must(b), state: 'sending' as const, attempts: 1 };
    const delivered = { ...must(c), state: 'delivered' as const };
    expect(
      deliveriesDue([later, inDoubt, delivered], new Date(now)).map((d) => d.recipientId),
    ).toEqual(['b']);
    expect(deliveriesDue([later], new Date('2026-11-26T10:05:00Z'))).toHaveLength(1);
  });

  it('backs off exponentially and caps the wait', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([15_000, 30_000, 60_000, 120_000]);
    expect(retryDelayMs(30)).toBe(600_000);
  });
});
