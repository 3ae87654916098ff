import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redactSecrets.ts';
import { TokenThrottle } from './tokenThrottle.ts';

describe('TokenThrottle', () => {
  it('lets a few wrong tokens through, then doubles the wait after each further one', () => {
    let now = 1_000_000;
    const throttle = new TokenThrottle({ freeFailures: 3, baseDelayMs: 1_000, now: () => now });
    throttle.failed('10.0.0.9');
    throttle.failed('10.0.0.9');
    expect(throttle.waitMs('10.0.0.9')).toBe(0);
    throttle.failed('10.0.0.9');
    expect(throttle.waitMs('10.0.0.9')).toBe(1_000);
    now += 1_000;
    throttle.failed('10.0.0.9');
    expect(throttle.waitMs('10.0.0.9')).toBe(2_000);
    now += 2_000;
    throttle.failed('10.0.0.9');
    expect(throttle.waitMs('10.0.0.9')).toBe(4_000);
    expect(throttle.waitMs('10.0.0.10')).toBe(0);
  });

  it('caps the wait, forgets old failures and clears on a right token', () => {
    let now = 0;
    const throttle = new TokenThrottle({
      freeFailures: 1,
      baseDelayMs: 1_000,
      maxDelayMs: 5_000,
      forgetAfterMs: 60_000,
      now: () => now,
    });
    for (let i = 0; i < 10; i += 1) throttle.failed('a');
    expect(throttle.waitMs('a')).toBe(5_000);
    now += 61_000;
    expect(throttle.waitMs('a')).toBe(0);
    throttle.failed('b');
    throttle.succeeded('b');
    expect(throttle.waitMs('b')).toBe(0);
  });

  it('remembers a bounded number of addresses', () => {
    const throttle = new TokenThrottle({ freeFailures: 1, maxAddresses: 2 });
    throttle.failed('a');
    throttle.failed('b');
    throttle.failed('c');
    expect(throttle.waitMs('a')).toBe(0);
    expect(throttle.waitMs('c')).toBeGreaterThan(0);
  });
});

describe('redactSecrets', () => {
  it('removes the token, bearer credentials and token query values', () => {
    const line =
      'GET /api/v1/storage?mode=wall&token=abc123secretvalue Authorization: Bearer xyz.987 node-token-0123456789';
    const redacted = redactSecrets(line, ['node-token-0123456789']);
    expect(redacted).not.toContain('abc123secretvalue');
    expect(redacted).not.toContain('xyz.987');
    expect(redacted).not.toContain('node-token-0123456789');
    expect(redacted).toContain('mode=wall');
  });
});
