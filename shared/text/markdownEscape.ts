// People's words go into Markdown exports (handoff briefs, after-action
// reports) that are pasted into tickets and rendered by whatever tool reads
// them. Their text must stay text: no heading, quote, list, code block or
// raw HTML may come from what someone typed, on any line of it.

/** Characters that start inline Markdown or HTML anywhere in a line. */
const INLINE_SPECIALS = /([\\`*_[\]<>|~])/g;
/** What would start a block (heading, quote, list, setext underline) at a line's start. */
const BLOCK_START = /^(#|>|-|\+|=|\d+[.)])/;

function escapeLine(line: string): string {
  // Leading spaces would make an indented code block; they carry no meaning here.
  const text = line.trimStart().replace(INLINE_SPECIALS, '\\$1');
  return text.replace(BLOCK_START, (start) =>
    /^\d/.test(start) ? `${start.slice(0, -1)}\\${start.slice(-1)}` : `\\${start}`,
  );
}

/** A paragraph of someone's text: every line escaped, line breaks kept. */
export function markdownText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeLine)
    .join('\n');
}

/** Someone's text inside one line (a heading, a list item, a table cell): breaks become spaces. */
export function markdownInline(text: string): string {
  return escapeLine(text.replace(/\s*(\r\n|\r|\n)\s*/g, ' '));
}
