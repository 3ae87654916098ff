import { describe, expect, it } from 'vitest';
import type { Severity } from '../domain/severity.ts';
import { EscalationPolicyError } from './errors.ts';
import { parseEscalationPolicy } from './parsePolicy.ts';
import { selectEscalationPolicy } from './selectPolicy.ts';

const level = { targets: [{ kind: 'role', role: 'incident-commander' }], ackTimeoutMinutes: 5 };
const policy = (id: string, serviceIds: string[], severities: Severity[]) =>
  parseEscalationPolicy({ id, name: id, serviceIds, severities, levels: [level] });

const policies = [
  policy('catch-all', [], []),
  policy('any-sev1', [], ['SEV1']),
  policy('payments', ['payments', 'cards'], []),
  policy('payments-major', ['payments', 'cards'], ['SEV1', 'SEV2']),
  policy('payments-sev1', ['payments'], ['SEV1']),
];

describe('selectEscalationPolicy: the most specific match wins', () => {
  it.each([
    ['payments', 'SEV1', 'payments-sev1'],
    ['payments', 'SEV2', 'payments-major'],
    ['cards', 'SEV1', 'payments-major'],
    ['payments', 'SEV3', 'payments'],
    ['ledger', 'SEV1', 'any-sev1'],
    ['ledger', 'SEV4', 'catch-all'],
  ] as const)('service %s at %s → %s', (serviceId, severity, expected) => {
    expect(selectEscalationPolicy(policies, { serviceId, severity })?.id).toBe(expected);
  });

  it('breaks a full tie by list order', () => {
    const twins = [policy('first', ['ledger'], []), policy('second', ['ledger'], [])];
    expect(selectEscalationPolicy(twins, { serviceId: 'ledger', severity: 'SEV2' })?.id).toBe(
      'first',
    );
  });

  it('returns undefined when nothing matches', () => {
    expect(
      selectEscalationPolicy(policies.slice(2), { serviceId: 'ledger', severity: 'SEV3' }),
    ).toBeUndefined();
  });
});

describe('parseEscalationPolicy', () => {
  it.each([
    [{ levels: [] }, 'levels'],
    [{ levels: [{ ...level, ackTimeoutMinutes: 0 }] }, 'levels.0.ackTimeoutMinutes'],
    [
      { levels: [{ targets: [{ kind: 'team', teamId: 'x' }], ackTimeoutMinutes: 5 }] },
      'levels.0.targets.0.kind',
    ],
    [{ repeat: 12 }, 'repeat'],
  ])('rejects %j at %s', (change, field) => {
    try {
      parseEscalationPolicy({ id: 'p', name: 'P', levels: [level], ...change });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EscalationPolicyError);
      expect((error as EscalationPolicyError).problems[0]?.field).toBe(field);
    }
  });
});
