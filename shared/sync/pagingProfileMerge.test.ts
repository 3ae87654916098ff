import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assertConvergesKeepingEdits, type Facts } from './mergeProperties.testHelpers.ts';
import { mergeRuleFor } from './mergeRules.ts';

type Item = Record<string, unknown>;
const list = (doc: Item, field: string) => (doc[field] ?? []) as Item[];

describe('contact methods and notification rules (property)', () => {
  type ProfileEdit = { action: 'method' | 'rule'; id: string; value: string; minutes: number };
  it('methods and rules changed on different replicas are all kept', () => {
    assertConvergesKeepingEdits<ProfileEdit>({
      rule: mergeRuleFor('pagingProfiles'),
      initial: { personId: 'zofia', methods: [], rules: [] },
      edit: fc.record({
        action: fc.constantFrom('method' as const, 'rule' as const),
        id: fc.constantFrom('mobile', 'call', 'mail'),
        value: fc.constantFrom('+447700900101', '+447700900102', '+15005550006'),
        minutes: fc.constantFrom(0, 2, 5),
      }),
      apply: (profile, e, now) => {
        if (e.action === 'method') {
          const methods = list(profile, 'methods').filter((m) => m.id !== e.id);
          const method = { id: e.id, type: 'sms', address: e.value, label: '', addedAt: now };
          return { ...profile, methods: [...methods, method] };
        }
        const rules = list(profile, 'rules').filter((r) => r.id !== e.id);
        return {
          ...profile,
          rules: [...rules, { id: e.id, methodId: e.id, afterMinutes: e.minutes }],
        };
      },
      facts: (_before, _after, e): Facts =>
        e.action === 'method' ? [[`method:${e.id}`, e.value]] : [[`rule:${e.id}`, e.minutes]],
      observe: (profile) =>
        new Map<string, unknown>([
          ...list(profile, 'methods').map((m): [string, unknown] => [
            `method:${String(m.id)}`,
            m.address,
          ]),
          ...list(profile, 'rules').map((r): [string, unknown] => [
            `rule:${String(r.id)}`,
            r.afterMinutes,
          ]),
        ]),
    });
  });
});
