/** What the roster knows about a person right now. A person with no entry is available. */
export interface PersonAvailability {
  status: 'available' | 'away' | 'off-shift';
  /** When they were last asked or paged and have not acknowledged since. */
  awaitingAckSince?: string;
}

export type AvailabilityMap = Readonly<Record<string, PersonAvailability>>;

export type Unavailability = 'away' | 'off-shift' | 'silent';

/** Why someone cannot act on a decision now, or undefined when they can. */
export function unavailability(
  personId: string,
  availability: AvailabilityMap,
  now: Date,
  silentAfterMinutes: number,
): Unavailability | undefined {
  const entry = availability[personId];
  if (!entry) return undefined;
  if (entry.status !== 'available') return entry.status;
  if (entry.awaitingAckSince === undefined) return undefined;
  const waited = now.getTime() - Date.parse(entry.awaitingAckSince);
  return waited >= silentAfterMinutes * 60_000 ? 'silent' : undefined;
}

export function describeUnavailability(reason: Unavailability, silentAfterMinutes: number): string {
  if (reason === 'silent') return `silent (no acknowledgement in ${silentAfterMinutes} min)`;
  return reason === 'away' ? 'away' : 'off shift';
}
