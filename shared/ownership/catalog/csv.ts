/** One CSV record with the line it starts on (a quoted field may span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * RFC 4180 CSV: commas, double quotes around fields that hold commas, quotes
 * ("" inside) or line breaks, CRLF or LF line ends. Written here because the
 * project has no CSV library and the format is this small.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    const blank = cells.length === 0 && cell.trim() === '';
    cells.push(cell);
    if (!blank) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += char;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'a quoted field is never closed');
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  readonly line: number;
  constructor(line: number, reason: string) {
    super(reason);
    this.line = line;
  }
}

/** Records as objects keyed by the (trimmed, lowercased) header row. */
export function csvObjects(text: string): { line: number; values: Record<string, string> }[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const names = header.cells.map((name) => name.trim().toLowerCase());
  return rows.map((row) => ({
    line: row.line,
    values: Object.fromEntries(names.map((name, i) => [name, (row.cells[i] ?? '').trim()])),
  }));
}
