/** One word of a text: its normal form for the index and where it is in the text. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Words too common to rank by. */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has in is it its of on or that the to was were with'.split(
    ' ',
  ),
);

const NON_ASCII = /[^ -~\t\n\r]/;

/** Words (letters and digits of any script), lower-cased and without accents, stop words left out. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    // Most words are ASCII: only the others need their accents taken off.
    const term = (
      NON_ASCII.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word
    ).toLowerCase();
    if (STOP_WORDS.has(term)) continue;
    const start = match.index ?? 0;
    tokens.push({ term, start, end: start + match[0].length });
  }
  return tokens;
}
