import { describe, expect, it } from 'vitest';
import { parseServeArguments, UsageError } from './serveOptions.ts';

describe('scheduler-lease command-line flags', () => {
  it('leaves the default lease (90 s + 30 s margin) when neither flag is given', () => {
    expect(parseServeArguments(['--data', 'd']).lease).toBeUndefined();
  });

  it('takes a lease and a skew margin in milliseconds, defaulting the one not given', () => {
    expect(
      parseServeArguments(['--data', 'd', '--lease-ms', '1500', '--lease-skew-ms', '500']).lease,
    ).toEqual({ leaseMs: 1500, skewMarginMs: 500 });
    expect(parseServeArguments(['--data', 'd', '--lease-ms', '60000']).lease).toEqual({
      leaseMs: 60_000,
      skewMarginMs: 30_000,
    });
  });

  it('refuses a lease that is not whole milliseconds in range, saying which flag', () => {
    expect(() => parseServeArguments(['--data', 'd', '--lease-ms', 'soon'])).toThrow(UsageError);
    expect(() => parseServeArguments(['--data', 'd', '--lease-ms', '50'])).toThrow(/--lease-ms/);
    expect(() => parseServeArguments(['--data', 'd', '--lease-skew-ms', '-1'])).toThrow(
      /--lease-skew-ms/,
    );
  });
});
