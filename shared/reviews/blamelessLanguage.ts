import { findPersonalData } from './redaction.ts';

/** Words that point at a person as the cause rather than at the system that let it happen. */
const BLAME_WORDS =
  /\b(?:fault|blame[ds]?|careless(?:ly|ness)?|negligen(?:t|ce)|incompeten(?:t|ce)|human error|should have known|screwed up|messed up)\b/i;

/**
 * A writing aid, never a block: a line that names a person and blames is
 * worth rewording (what made the mistake easy, not who made it).
 */
export function blamingLanguage(text: string, names: readonly string[]): string | undefined {
  const word = BLAME_WORDS.exec(text)?.[0];
  if (!word) return undefined;
  const named = findPersonalData(text, names).find((finding) => finding.kind === 'name');
  if (!named) return undefined;
  return `“${word}” next to ${named.text}: describe what made it easy to happen, not who did it`;
}
