import { createRevision, fillWithDefaultSettings } from 'rxdb';
import type { RxDocumentData, RxJsonSchema } from 'rxdb';

/** Small incident-log documents used by the raw floor and the scale run. */
export type LogEntry = {
  id: string;
  incidentId: string;
  severity: number;
  createdAt: number;
  text: string;
};

export const logEntrySchema: RxJsonSchema<RxDocumentData<LogEntry>> =
  fillWithDefaultSettings<LogEntry>({
    version: 0,
    primaryKey: 'id',
    type: 'object',
    properties: {
      id: { type: 'string', maxLength: 16 },
      incidentId: { type: 'string', maxLength: 12 },
      severity: { type: 'integer', minimum: 0, maximum: 9, multipleOf: 1 },
      createdAt: { type: 'integer', minimum: 0, maximum: 10_000_000_000_000, multipleOf: 1 },
      text: { type: 'string' },
    },
    required: ['id', 'incidentId', 'severity', 'createdAt', 'text'],
    indexes: ['createdAt', ['incidentId', 'createdAt']],
  });

export const BASE_TIME = 1_767_000_000_000;

export function logEntries(from: number, count: number): RxDocumentData<LogEntry>[] {
  const docs = new Array<RxDocumentData<LogEntry>>(count);
  for (let n = 0; n < count; n++) {
    const i = from + n;
    const doc: LogEntry = {
      id: 'e' + String(i).padStart(9, '0'),
      incidentId: 'inc-' + (i % 500),
      severity: i % 10,
      createdAt: BASE_TIME + i * 10,
      text: 'Status update ' + i,
    };
    docs[n] = {
      ...doc,
      _deleted: false,
      _attachments: {},
      _rev: createRevision('bench'),
      _meta: { lwt: BASE_TIME + i },
    };
  }
  return docs;
}
