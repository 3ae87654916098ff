import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assertConvergesKeepingEdits, type Facts } from '../sync/mergeProperties.testHelpers.ts';
import { mergeRuleFor } from '../sync/mergeRules.ts';
import { leaseTerms } from './takeoverRule.ts';

type LeaseEdit = { action: 'renew' } | { action: 'take-over'; by: string };

const timing = { leaseMs: 90_000, skewMarginMs: 30_000 };

describe('scheduler leases (property)', () => {
  it('renewals by the holder and takeover marks by peers, concurrent on three replicas, both survive and converge', () => {
    assertConvergesKeepingEdits<LeaseEdit>({
      rule: mergeRuleFor('schedulerLeases'),
      initial: {
        nodeId: 'node-a',
        ...leaseTerms(new Date('2026-12-03T10:00:00.000Z'), timing),
        termStartedAt: '2026-12-03T10:00:00.000Z',
      },
      edit: fc.oneof(
        fc.constant({ action: 'renew' as const }),
        fc.record({
          action: fc.constant('take-over' as const),
          by: fc.constantFrom('node-b', 'node-c'),
        }),
      ),
      apply: (lease, edit, now) =>
        edit.action === 'renew'
          ? { ...lease, ...leaseTerms(new Date(now), timing) }
          : { ...lease, takenOverBy: edit.by, takenOverAt: now },
      facts: (_before, after, edit): Facts =>
        edit.action === 'renew'
          ? [
              ['renewedAt', after.renewedAt],
              ['expiresAt', after.expiresAt],
            ]
          : [
              ['takenOverBy', edit.by],
              ['takenOverAt', after.takenOverAt],
            ],
      observe: (lease) =>
        new Map<string, unknown>([
          ['renewedAt', lease.renewedAt],
          ['expiresAt', lease.expiresAt],
          ['takenOverBy', lease.takenOverBy],
          ['takenOverAt', lease.takenOverAt],
        ]),
    });
  });
});
