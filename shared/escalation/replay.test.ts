import { describe, expect, it } from 'vitest';
import { advanceEscalation, startEscalation, type ResolveTargets } from './escalationMachine.ts';
import { EscalationPolicyError } from './errors.ts';
import { parseEscalationState, type EscalationEvent } from './escalationState.ts';
import { parseEscalationPolicy } from './parsePolicy.ts';

const policy = parseEscalationPolicy({
  id: 'ledger',
  name: 'Ledger',
  levels: [
    { targets: [{ kind: 'rotation', rotationId: 'ledger-primary' }], ackTimeoutMinutes: 7 },
    { targets: [{ kind: 'rotation', rotationId: 'ledger-secondary' }], ackTimeoutMinutes: 11 },
    { targets: [{ kind: 'role', role: 'incident-commander' }], ackTimeoutMinutes: 3 },
  ],
  repeat: 3,
});
const resolve: ResolveTargets = (target, at) =>
  target.kind === 'role' ? [] : [`${target.kind}-${Math.floor(at.getTime() / 600_000) % 3}`];
const start = new Date('2026-05-04T10:00:00Z');

/** A small deterministic generator, so a failure names the seed that reproduces it. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

describe('replay after any number of restarts', () => {
  const uninterrupted = advanceEscalation(
    startEscalation(policy, start),
    new Date(start.getTime() + 6 * 3_600_000),
    resolve,
  );

  it.each(Array.from({ length: 25 }, (_, seed) => seed + 1))(
    'seed %i: killed at random times, resumed from JSON',
    (seed) => {
      const random = lcg(seed);
      let stored = JSON.stringify(startEscalation(policy, start));
      const events: EscalationEvent[] = [];
      let now = start.getTime();
      while (now < start.getTime() + 6 * 3_600_000) {
        now += Math.floor(random() * 40 * 60_000);
        const step = advanceEscalation(
          parseEscalationState(JSON.parse(stored)),
          new Date(now),
          resolve,
        );
        events.push(...step.events);
        stored = JSON.stringify(step.state);
      }
      const final = advanceEscalation(
        parseEscalationState(JSON.parse(stored)),
        new Date(start.getTime() + 6 * 3_600_000),
        resolve,
      );
      events.push(...final.events);
      expect(events).toEqual(uninterrupted.events);
      expect(final.state).toEqual(uninterrupted.state);
    },
  );

  it('ends exhausted after every level of every round', () => {
    expect(uninterrupted.state.status).toBe('exhausted');
    expect(uninterrupted.events.filter((e) => e.kind === 'page')).toHaveLength(12);
  });
});

describe('parseEscalationState', () => {
  const state = startEscalation(policy, start);

  it.each([
    [{ levelIndex: 3 }, 'levelIndex'],
    [{ round: 4 }, 'round'],
    [{ status: 'paused' }, 'status'],
    [{ dueAt: 'soon' }, 'dueAt'],
  ])('rejects stored state with %j', (change, field) => {
    try {
      parseEscalationState({ ...state, ...change });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EscalationPolicyError);
      expect((error as EscalationPolicyError).message).toMatch(
        /^Stored escalation is not valid — /,
      );
      expect((error as EscalationPolicyError).problems[0]?.field).toBe(field);
    }
  });
});
