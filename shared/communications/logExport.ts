import type { CommunicationLogDoc } from '../schema/communicationLog.ts';

const COLUMNS = [
  'at',
  'hlc',
  'action',
  'communicationId',
  'actorKind',
  'actorId',
  'nodeId',
  'role',
  'deliveryKey',
  'contentHash',
  'text',
  'comment',
] as const;

function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  // Quote everything; neutralise spreadsheet formulas in free text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The communications record as CSV, in clock order, one row per entry. */
export function communicationLogCsv(entries: readonly CommunicationLogDoc[]): string {
  const rows = entries.map((e) => COLUMNS.map((c) => cell(e[c])).join(','));
  return `${COLUMNS.join(',')}\r\n${rows.map((r) => `${r}\r\n`).join('')}`;
}
