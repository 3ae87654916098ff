import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assertConvergesKeepingEdits, type Facts } from './mergeProperties.testHelpers.ts';
import { mergeRuleFor } from './mergeRules.ts';

type Doc = Record<string, unknown>;
const actors = fc.constantFrom('person:p-kevin', 'person:p-maya', 'system:node-a');

/** A scrypt hash as stored; only the salt tells two settings apart here. */
const secret = (salt: string) => ({
  algorithm: 'scrypt',
  cost: 32768,
  blockSize: 8,
  parallelization: 1,
  keyLength: 32,
  salt,
  hash: `hash-of-${salt}`,
});

const credentialFacts = (credential: Doc) =>
  new Map<string, unknown>([
    ['passphrase', (credential.passphrase as Doc).salt],
    // null is "set without a PIN" (it carries a clock), absent is "never set".
    ['pin', credential.pin === null ? 'none' : (credential.pin as Doc | undefined)?.salt],
    ['setBy', credential.setBy],
    ['setAt', credential.setAt],
  ]);

describe('credentials (property)', () => {
  type CredentialEdit = { salt: string; pin: string | undefined; by: string };
  it('passphrase and PIN set on different replicas converge to the latest of each', () => {
    assertConvergesKeepingEdits<CredentialEdit>({
      rule: mergeRuleFor('credentials'),
      initial: { passphrase: secret('first-salt-0000'), setAt: '', setBy: 'operator:node' },
      edit: fc.record({
        salt: fc.constantFrom('salt-aaaaaaaaaaaa', 'salt-bbbbbbbbbbbb', 'salt-cccccccccccc'),
        pin: fc.constantFrom(undefined, 'pin-salt-1111111', 'pin-salt-2222222'),
        by: actors,
      }),
      // setCredentials writes the whole record: a new passphrase, the PIN or null for none.
      apply: (_credential, e, now) => ({
        passphrase: secret(e.salt),
        pin: e.pin ? secret(e.pin) : null,
        setAt: now,
        setBy: e.by,
      }),
      // A field written with the value it already had carries no new clock: only changes are asserted.
      facts: (before, after): Facts => {
        const shownBefore = credentialFacts(before);
        return [...credentialFacts(after)].filter(
          ([id, value]) => JSON.stringify(shownBefore.get(id)) !== JSON.stringify(value),
        );
      },
      observe: credentialFacts,
    });
  });
});

describe('sessions (property)', () => {
  type SessionEdit = { by: string; reason: 'signed-out' | 'revoked' | 'deactivated' };
  it('an ended session stays ended on every replica, with one ending', () => {
    assertConvergesKeepingEdits<SessionEdit>({
      rule: mergeRuleFor('sessions'),
      initial: {
        personId: 'p-kevin',
        tokenHash: 'a'.repeat(64),
        nodeId: 'node-a',
        method: 'passphrase',
        startedAt: '2026-01-01T00:00:00.000Z',
        expiresAt: '2026-01-01T12:00:00.000Z',
      },
      edit: fc.record({
        by: actors,
        reason: fc.constantFrom('signed-out' as const, 'revoked' as const, 'deactivated' as const),
      }),
      // endSession and deactivatePerson leave a session that has already ended as it is.
      apply: (session, e, now) =>
        session.endedAt
          ? undefined
          : { ...session, endedAt: now, endedBy: e.by, endReason: e.reason },
      facts: (_before, after, e): Facts => [
        ['ended', true],
        ['ending', `${String(after.endedAt)} ${e.by} ${e.reason}`],
      ],
      observe: (session) =>
        new Map<string, unknown>([
          ['ended', session.endedAt !== undefined],
          [
            'ending',
            session.endedAt === undefined
              ? undefined
              : `${String(session.endedAt)} ${String(session.endedBy)} ${String(session.endReason)}`,
          ],
        ]),
    });
  });
});

describe('access tokens (property)', () => {
  type TokenEdit = { by: string };
  it('a revoked token stays revoked on every replica, whoever revoked it', () => {
    assertConvergesKeepingEdits<TokenEdit>({
      rule: mergeRuleFor('accessTokens'),
      initial: {
        purpose: 'wall',
        name: 'War room wall',
        ownerId: 'p-maya',
        scopes: [],
        incidentIds: ['inc-1'],
        tokenHash: 'b'.repeat(64),
        createdAt: '2026-01-01T00:00:00.000Z',
      },
      edit: fc.record({ by: actors }),
      apply: (token, e, now) =>
        token.revokedAt ? undefined : { ...token, revokedAt: now, revokedBy: e.by },
      facts: (_before, after, e): Facts => [
        ['revoked', true],
        ['revocation', `${String(after.revokedAt)} ${e.by}`],
        ['incidentIds', ['inc-1']],
      ],
      observe: (token) =>
        new Map<string, unknown>([
          ['revoked', token.revokedAt !== undefined],
          [
            'revocation',
            token.revokedAt === undefined
              ? undefined
              : `${String(token.revokedAt)} ${String(token.revokedBy)}`,
          ],
          ['incidentIds', token.incidentIds],
        ]),
    });
  });
});
