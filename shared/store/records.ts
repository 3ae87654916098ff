import type { RxJsonSchema } from 'rxdb';
import type { FieldClocks } from '../sync/fieldClocks.ts';
import {
  RECORD_COLUMNS,
  type KindContent,
  type KindDefinition,
  type RecordColumn,
} from './kind.ts';

/**
 * One document of the generic `records` collection: a kind's document
 * (`body`) in an envelope whose indexed columns the kind fills from its
 * body (kind.ts). `rid` is `<kind>|<id>`, so ids need only be unique
 * within a kind. `v` is the kind's version the body was written at.
 */
export interface RecordEnvelope {
  rid: string;
  kind: string;
  id: string;
  v: number;
  scope: string;
  category: string;
  status: string;
  dueAt: string;
  body: KindContent;
  fieldClocks?: FieldClocks;
}

export const RECORD_ID_SEPARATOR = '|';

const column = { type: 'string', maxLength: 64 } as const;

export const recordsSchema: RxJsonSchema<RecordEnvelope> = {
  title: 'records',
  description: 'Low-volume kinds of record, one envelope each (shared/store/kinds.ts)',
  version: 0,
  primaryKey: { key: 'rid', fields: ['kind', 'id'], separator: RECORD_ID_SEPARATOR },
  type: 'object',
  properties: {
    rid: { type: 'string', maxLength: 140 },
    kind: { type: 'string', maxLength: 40 },
    id: { type: 'string', maxLength: 96 },
    v: { type: 'integer', minimum: 0, maximum: 1000, multipleOf: 1 },
    scope: column,
    category: column,
    status: column,
    dueAt: { type: 'string', maxLength: 40 },
    body: { type: 'object' },
    fieldClocks: { type: 'object', additionalProperties: { type: 'string', maxLength: 120 } },
  },
  required: ['rid', 'kind', 'id', 'v', 'scope', 'category', 'status', 'dueAt', 'body'],
  indexes: [
    ['kind', 'scope', 'category'],
    ['kind', 'category'],
    ['kind', 'status', 'dueAt'],
  ],
  additionalProperties: false,
};

export function recordId(kind: string, id: string): string {
  return `${kind}${RECORD_ID_SEPARATOR}${id}`;
}

/** The column values a kind derives from its body: the mapped field when it is a string, else ''. */
export function recordColumns(
  kind: KindDefinition,
  body: KindContent,
): Record<RecordColumn, string> {
  const columns = { scope: '', category: '', status: '', dueAt: '' };
  if (kind.storage.collection !== 'records') return columns;
  for (const name of RECORD_COLUMNS) {
    const field = kind.storage.columns[name];
    const value = field === undefined ? undefined : body[field];
    columns[name] = typeof value === 'string' ? value : '';
  }
  return columns;
}

export function wrapRecord(
  kind: KindDefinition,
  body: KindContent,
  fieldClocks: FieldClocks | undefined,
): RecordEnvelope {
  const id = String(body.id);
  return {
    rid: recordId(kind.name, id),
    kind: kind.name,
    id,
    v: kind.version,
    ...recordColumns(kind, body),
    body,
    ...(fieldClocks ? { fieldClocks } : {}),
  };
}

/** The column a body field is stored in for a kind, if any. */
export function columnOfField(kind: KindDefinition, field: string): RecordColumn | undefined {
  if (kind.storage.collection !== 'records') return undefined;
  const { columns } = kind.storage;
  return RECORD_COLUMNS.find((name) => columns[name] === field);
}
