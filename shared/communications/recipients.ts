import type { PersonDoc } from '../schema/person.ts';
import type { Audience, Recipient } from './configSchemas.ts';

/** Everyone an audience reaches: its listed recipients, then members of its teams by email. */
export function audienceRecipients(audience: Audience, people: readonly PersonDoc[]): Recipient[] {
  const members = people
    .filter((p) => p.teamId && audience.teamIds.includes(p.teamId) && p.email)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((p) => ({
      id: p.id,
      name: p.displayName,
      channel: 'email' as const,
      address: p.email ?? '',
    }));
  const seen = new Set<string>();
  return [...audience.recipients, ...members].filter((r) => {
    const key = `${r.channel}:${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function channelsOf(recipients: readonly Recipient[]): Recipient['channel'][] {
  return [...new Set(recipients.map((r) => r.channel))].sort();
}
