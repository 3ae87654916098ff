/**
 * The incident to bring into the detail area when something changes, so the
 * room sees it at once: a newly active incident. Nothing on the first look
 * (the wall just opened), and nothing when incidents only went away.
 */
export function newlyActiveIncident(
  previousIds: readonly string[] | undefined,
  nextIds: readonly string[],
): string | null {
  if (!previousIds) return null;
  const known = new Set(previousIds);
  return nextIds.find((id) => !known.has(id)) ?? null;
}
