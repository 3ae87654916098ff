import { describe, expect, it } from 'vitest';
import { dailyRotation } from '../oncall/testRotations.ts';
import { advanceEscalation, startEscalation } from './escalationMachine.ts';
import { parseEscalationPolicy } from './parsePolicy.ts';
import { escalationTargetResolver } from './targetResolver.ts';

const resolve = escalationTargetResolver({
  rotations: [dailyRotation('Europe/London')],
  incidentRoles: [
    { role: 'incident-commander', personId: 'dana' },
    { role: 'sme', personId: 'tom' },
    { role: 'sme', personId: 'ana' },
  ],
});

describe('escalationTargetResolver', () => {
  it.each([
    [{ kind: 'person', personId: 'head-of-ops' }, '2026-03-29T07:00Z', ['head-of-ops']],
    [{ kind: 'role', role: 'sme' }, '2026-03-29T07:00Z', ['tom', 'ana']],
    [{ kind: 'role', role: 'liaison' }, '2026-03-29T07:00Z', []],
    [{ kind: 'rotation', rotationId: 'payments-primary' }, '2026-03-29T07:59Z', ['alice']],
    [{ kind: 'rotation', rotationId: 'payments-primary' }, '2026-03-29T08:00Z', ['bob']],
    [{ kind: 'rotation', rotationId: 'unknown' }, '2026-03-29T08:00Z', []],
  ] as const)('%j at %s → %j', (target, at, expected) => {
    expect(resolve(target, new Date(at))).toEqual(expected);
  });

  it('pages whoever was on call when each step was due, even when replayed later', () => {
    const policy = parseEscalationPolicy({
      id: 'payments',
      name: 'Payments',
      levels: [
        { targets: [{ kind: 'rotation', rotationId: 'payments-primary' }], ackTimeoutMinutes: 30 },
      ],
      repeat: 2,
    });
    const { events } = advanceEscalation(
      startEscalation(policy, new Date('2026-03-29T07:30Z')),
      new Date('2026-03-29T12:00Z'),
      resolve,
    );
    expect(
      events.filter((e) => e.kind === 'page').map((e) => [e.at.slice(11, 16), e.personIds]),
    ).toEqual([
      ['07:30', ['alice']],
      ['08:00', ['bob']],
      ['08:30', ['bob']],
    ]);
  });
});
