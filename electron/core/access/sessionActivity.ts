/**
 * What only this node knows about its open sessions: when the person last
 * proved who they are (step-up) and last did anything (inactivity lock on
 * shared screens). Kept in memory: after a restart every session needs a
 * fresh PIN for step-up, which is the safe side.
 */
export interface SessionActivity {
  authenticatedAt: number;
  lastActivityAt: number;
  /** Shared screens lock after this much inactivity; absent: never. */
  lockAfterMs?: number;
}

export class SessionActivities {
  private readonly bySession = new Map<string, SessionActivity>();

  signedIn(sessionId: string, now: number, lockAfterMs?: number): void {
    this.bySession.set(sessionId, {
      authenticatedAt: now,
      lastActivityAt: now,
      ...(lockAfterMs ? { lockAfterMs } : {}),
    });
  }

  /** The session's activity; one this node has not seen since it started counts as not re-authenticated. */
  of(sessionId: string, now: number): SessionActivity {
    let activity = this.bySession.get(sessionId);
    if (!activity) {
      activity = { authenticatedAt: 0, lastActivityAt: now };
      this.bySession.set(sessionId, activity);
    }
    return activity;
  }

  isLocked(sessionId: string, now: number): boolean {
    const activity = this.of(sessionId, now);
    return (
      activity.lockAfterMs !== undefined && now - activity.lastActivityAt > activity.lockAfterMs
    );
  }

  touched(sessionId: string, now: number): void {
    this.of(sessionId, now).lastActivityAt = now;
  }

  confirmed(sessionId: string, now: number): void {
    const activity = this.of(sessionId, now);
    activity.authenticatedAt = now;
    activity.lastActivityAt = now;
  }

  forget(sessionId: string): void {
    this.bySession.delete(sessionId);
  }
}
