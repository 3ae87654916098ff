import type { Delivery } from '../communications/deliveries.ts';
import { idempotencyKey } from '../communications/deliveries.ts';
import type { PagingProfileDoc } from '../schema/pagingProfile.ts';
import { quietHoursEnd } from './quietHours.ts';

const MINUTE = 60_000;

export interface PagePlanOptions {
  pageId: string;
  personName: string;
  severity: string;
  exercise: boolean;
  now: Date;
}

/** The person's rules, or every method at once when they set none. */
export function effectiveRules(profile: Pick<PagingProfileDoc, 'methods' | 'rules'>) {
  const known = new Set(profile.methods.map((m) => m.id));
  const rules = profile.rules.filter((r) => known.has(r.methodId));
  return rules.length > 0
    ? rules
    : profile.methods.map((m) => ({ id: m.id, methodId: m.id, afterMinutes: 0 }));
}

/**
 * One delivery per rule, due when the rule says ("push at once, SMS after
 * 2 min, call after 5"); acknowledging stops the ones not yet sent. Quiet
 * hours hold back everything but push until they end, except for SEV1.
 * Exercises page nobody: every delivery is suppressed.
 */
export function planPageDeliveries(
  profile: Pick<PagingProfileDoc, 'methods' | 'rules' | 'quietHours'> | undefined,
  options: PagePlanOptions,
): Delivery[] {
  if (!profile) return [];
  const byKey = new Map<string, Delivery>();
  for (const rule of effectiveRules(profile)) {
    const method = profile.methods.find((m) => m.id === rule.methodId);
    if (!method) continue;
    let due = new Date(options.now.getTime() + rule.afterMinutes * MINUTE);
    if (method.type !== 'push' && options.severity !== 'SEV1') {
      const quietEnd = quietHoursEnd(profile.quietHours, due);
      if (quietEnd) due = quietEnd;
    }
    const recipientId = rule.afterMinutes > 0 ? `${method.id}-${rule.afterMinutes}` : method.id;
    const key = idempotencyKey(options.pageId, recipientId, method.type);
    if (byKey.has(key)) continue;
    byKey.set(key, {
      key,
      recipientId,
      recipientName: options.personName,
      channel: method.type,
      address: method.address,
      state: options.exercise ? 'suppressed' : 'queued',
      attempts: 0,
      ...(options.exercise ? {} : { nextAttemptAt: due.toISOString() }),
    });
  }
  return [...byKey.values()];
}

/** A six-digit code the person replies with by SMS; derived from the page id so every node agrees. */
export function shortCodeFor(pageId: string): string {
  let hash = 2166136261;
  for (const char of pageId) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 16777619);
  }
  return String((hash >>> 0) % 1_000_000).padStart(6, '0');
}
