import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../shared/commands/command.ts';
import type { CredentialDoc, SecretHash } from '../../../shared/schema/credential.ts';
import type { PersonDoc } from '../../../shared/schema/person.ts';
import type { SessionDoc } from '../../../shared/schema/session.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { HttpError } from '../http/httpErrors.ts';
import { hashMatches, newToken, tokenRecordId } from './credentialTokens.ts';
import { secretMatches } from './secretHashing.ts';
import { SessionActivities } from './sessionActivity.ts';
import { SignInThrottle } from './signInThrottle.ts';

/** A shift and a half: long enough for a night, short enough that a lost laptop's session dies. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** Shared war-room screens lock after this much inactivity; the PIN unlocks. */
export const SHARED_SCREEN_LOCK_MS = 5 * 60 * 1000;

export const SIGN_IN_ACTOR: Actor = { kind: 'system', id: 'sign-in' };

export interface SessionServiceDeps {
  database: LanternDatabase;
  nodeId: string;
  execute(name: string, input: unknown, actor: Actor): Promise<unknown>;
  now?: () => Date;
}

export interface SignInRequest {
  personId: string;
  passphrase: string;
  /** Lock after inactivity (a shared war-room screen). */
  sharedScreen?: boolean;
  address: string;
}

export interface SignedIn {
  token: string;
  session: SessionDoc;
}

/** One of the passphrase or the PIN, to confirm who is at the keyboard. */
export interface Confirmation {
  passphrase?: string;
  pin?: string;
}

const wrongCredentials = () =>
  new HttpError(401, 'wrong-credentials', 'That person and passphrase do not match');

/** Sign-in, session checks, step-up and sign-out on this node (docs/access.md). */
export class SessionService {
  private readonly deps: SessionServiceDeps;
  private readonly throttle: SignInThrottle;
  private readonly activity = new SessionActivities();

  constructor(deps: SessionServiceDeps) {
    this.deps = deps;
    this.throttle = new SignInThrottle(() => this.now().getTime());
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  async signIn(request: SignInRequest): Promise<SignedIn> {
    const keys = [`person:${request.personId}`, `address:${request.address}`];
    this.refuseWhileThrottled(keys);
    const store = kindStore(this.deps.database);
    const person = await store.get('people', request.personId);
    const credential = person ? await store.get('credentials', person.id) : undefined;
    if (person && !credential) throw noCredentials(person);
    const matches =
      person && credential ? await secretMatches(request.passphrase, credential.passphrase) : false;
    if (!person || !matches) {
      this.throttle.failed(keys);
      throw wrongCredentials();
    }
    if (person.deactivatedAt) throw deactivated(person);
    this.throttle.succeeded(keys[0] ?? '');
    const sessionId = `session-${randomUUID()}`;
    const { token, hash } = newToken('ls1', sessionId);
    const now = this.now();
    await this.deps.execute(
      'openSession',
      {
        sessionId,
        personId: person.id,
        tokenHash: hash,
        method: 'passphrase',
        expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS).toISOString(),
      },
      SIGN_IN_ACTOR,
    );
    this.activity.signedIn(
      sessionId,
      now.getTime(),
      request.sharedScreen ? SHARED_SCREEN_LOCK_MS : undefined,
    );
    const session = await store.get('sessions', sessionId);
    if (!session) throw new Error(`Session ${sessionId} was not stored`);
    return { token, session };
  }

  /**
   * The session a token opens, or a refusal saying why not (ended, expired,
   * locked, another node's). Every accepted request counts as activity.
   */
  async authenticate(token: string, options: { ignoreLock?: boolean } = {}): Promise<SessionDoc> {
    const sessionId = tokenRecordId('ls1', token);
    const session = sessionId
      ? await kindStore(this.deps.database).get('sessions', sessionId)
      : undefined;
    if (!session || !hashMatches(token, session.tokenHash))
      throw new HttpError(401, 'unauthenticated', 'This session token is not known; sign in');
    const now = this.now();
    if (session.endedAt)
      throw new HttpError(401, 'session-ended', 'This session was ended; sign in again');
    if (Date.parse(session.expiresAt) <= now.getTime())
      throw new HttpError(401, 'session-expired', 'This session has expired; sign in again');
    if (session.nodeId !== this.deps.nodeId)
      throw new HttpError(
        401,
        'session-elsewhere',
        'This session belongs to another node; sign in here',
      );
    const person = await kindStore(this.deps.database).get('people', session.personId);
    if (!person || person.deactivatedAt) throw deactivated(person);
    if (!options.ignoreLock && this.activity.isLocked(session.id, now.getTime()))
      throw new HttpError(
        423,
        'session-locked',
        'This screen locked after inactivity; enter your PIN',
      );
    this.activity.touched(session.id, now.getTime());
    return session;
  }

  /** The actor a session acts as, with when they last proved who they are. */
  actorOf(session: SessionDoc): Actor {
    const at = this.activity.of(session.id, this.now().getTime()).authenticatedAt;
    return {
      kind: 'person',
      id: session.personId,
      authentication: {
        credentialId: session.id,
        method: session.method,
        ...(at > 0 ? { authenticatedAt: new Date(at).toISOString() } : {}),
      },
    };
  }

  /** Step-up and unlock: the PIN (or passphrase) again; throttled like sign-in. */
  async confirm(session: SessionDoc, confirmation: Confirmation, address: string): Promise<void> {
    const keys = [`person:${session.personId}`, `address:${address}`];
    this.refuseWhileThrottled(keys);
    const credential = await kindStore(this.deps.database).get('credentials', session.personId);
    const secret = secretToCheck(credential, confirmation);
    if (!secret || !(await secretMatches(secret.value, secret.hash))) {
      this.throttle.failed(keys);
      throw new HttpError(401, 'wrong-credentials', 'That PIN or passphrase is not right');
    }
    this.throttle.succeeded(keys[0] ?? '');
    this.activity.confirmed(session.id, this.now().getTime());
  }

  async signOut(session: SessionDoc): Promise<void> {
    await this.deps.execute('endSession', { sessionId: session.id }, this.actorOf(session));
    this.activity.forget(session.id);
  }

  private refuseWhileThrottled(keys: string[]): void {
    const wait = this.throttle.waitFor(keys);
    if (wait > 0)
      throw new HttpError(
        429,
        'too-many-attempts',
        `Too many wrong attempts: try again in ${Math.ceil(wait / 1000)} seconds`,
      );
  }
}

function secretToCheck(
  credential: CredentialDoc | undefined,
  confirmation: Confirmation,
): { value: string; hash: SecretHash } | undefined {
  if (!credential) return undefined;
  if (confirmation.pin !== undefined)
    return credential.pin ? { value: confirmation.pin, hash: credential.pin } : undefined;
  if (confirmation.passphrase !== undefined)
    return { value: confirmation.passphrase, hash: credential.passphrase };
  return undefined;
}

function noCredentials(person: PersonDoc): HttpError {
  return new HttpError(
    409,
    'no-credentials',
    `${person.displayName} has no passphrase yet: an administrator sets one (or, for an administrator, the node's operator)`,
  );
}

function deactivated(person: PersonDoc | undefined): HttpError {
  return new HttpError(
    403,
    'deactivated',
    `${person?.displayName ?? 'This person'} has been deactivated; an administrator can reactivate them`,
  );
}
