import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fillWithDefaultSettings, now, randomToken } from 'rxdb';
import type { RxDocumentData, RxJsonSchema, RxStorage, RxStorageInstance } from 'rxdb';

/** Shared fixtures for the storage tests (not a test file itself). */

export type IncidentRecord = {
  id: string;
  title: string;
  severity: number;
  status: string;
  team: { name: string; size: number };
  tags: string[];
  ackedBy?: string;
  paged?: boolean;
};

export function temporaryDataDir(): { dataDir: string; removeDataDir: () => void } {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lantern-sqlite-'));
  return { dataDir, removeDataDir: () => rmSync(dataDir, { recursive: true, force: true }) };
}

export function incidentSchema(attachments = false): RxJsonSchema<RxDocumentData<IncidentRecord>> {
  return fillWithDefaultSettings<IncidentRecord>({
    version: 0,
    primaryKey: 'id',
    type: 'object',
    properties: {
      id: { type: 'string', maxLength: 40 },
      title: { type: 'string', maxLength: 100 },
      severity: { type: 'integer', minimum: 0, maximum: 100, multipleOf: 1 },
      status: { type: 'string', maxLength: 20 },
      team: {
        type: 'object',
        properties: {
          name: { type: 'string', maxLength: 40 },
          size: { type: 'number', minimum: 0, maximum: 1000, multipleOf: 0.5 },
        },
        required: ['name', 'size'],
      },
      tags: { type: 'array', items: { type: 'string' } },
      ackedBy: { type: 'string', maxLength: 40 },
      paged: { type: 'boolean' },
    },
    required: ['id', 'title', 'severity', 'status', 'team', 'tags'],
    indexes: [
      'severity',
      ['status', 'severity'],
      'title',
      ['team.name', 'team.size'],
      ['paged', 'severity'],
    ],
    ...(attachments ? { attachments: {} } : {}),
  });
}

export function incidentDocument(
  fields: Partial<IncidentRecord> & { id: string },
  meta: Partial<RxDocumentData<IncidentRecord>> = {},
): RxDocumentData<IncidentRecord> {
  return {
    title: 'Untitled',
    severity: 3,
    status: 'open',
    team: { name: 'ops', size: 4 },
    tags: [],
    ...fields,
    _deleted: false,
    _attachments: {},
    _rev: '1-a',
    _meta: { lwt: now() },
    ...meta,
  };
}

export async function createIncidentInstance(
  storage: RxStorage<unknown, unknown>,
  names: { databaseName?: string; collectionName?: string } = {},
  schema = incidentSchema(),
): Promise<RxStorageInstance<IncidentRecord, unknown, unknown>> {
  return storage.createStorageInstance<IncidentRecord>({
    databaseInstanceToken: randomToken(10),
    databaseName: names.databaseName ?? 'db' + randomToken(8),
    collectionName: names.collectionName ?? 'incidents',
    schema,
    options: {},
    multiInstance: false,
    devMode: true,
  });
}
