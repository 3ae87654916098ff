import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { now } from 'rxdb';
import type { RxAttachmentWriteData, RxDocumentData, RxStorageInstance } from 'rxdb';
import { getRxStorageSqlite } from './index.ts';
import {
  createIncidentInstance,
  incidentDocument,
  incidentSchema,
  temporaryDataDir,
} from './testSupport.ts';
import type { IncidentRecord } from './testSupport.ts';

type Instance = RxStorageInstance<IncidentRecord, unknown, unknown>;

let dataDir: string;
let removeDataDir: () => void;
let instance: Instance;

function attachment(text: string, digest: string): RxAttachmentWriteData {
  const data = new Blob([text], { type: 'text/plain' });
  return { data, digest, length: data.size, type: 'text/plain' };
}

function withAttachments(
  doc: RxDocumentData<IncidentRecord>,
  attachments: Record<string, RxAttachmentWriteData>,
): RxDocumentData<IncidentRecord> {
  return { ...doc, _attachments: attachments };
}

function stored(doc: RxDocumentData<IncidentRecord>): RxDocumentData<IncidentRecord> {
  const meta = Object.fromEntries(
    Object.entries(doc._attachments).map(([id, { digest, length, type }]) => [
      id,
      { digest, length, type },
    ]),
  );
  return { ...doc, _attachments: meta };
}

beforeEach(async () => {
  ({ dataDir, removeDataDir } = temporaryDataDir());
  const storage = getRxStorageSqlite({ dataDir });
  instance = (await createIncidentInstance(
    storage as never,
    { databaseName: 'att' },
    incidentSchema(true),
  )) as Instance;
});

afterEach(async () => {
  await instance.close();
  removeDataDir();
});

describe('attachments', () => {
  it('stores the bytes as a BLOB and keeps only digest, length and type in the document', async () => {
    const doc = withAttachments(incidentDocument({ id: 'inc-1' }), {
      'log.txt': attachment('pager log', 'd1'),
    });
    expect((await instance.bulkWrite([{ document: doc }], 'test')).error).toEqual([]);
    const blob = await instance.getAttachmentData('inc-1', 'log.txt', 'd1');
    expect(await blob.text()).toBe('pager log');
    expect(blob.type).toBe('text/plain');
    const [found] = await instance.findDocumentsById(['inc-1'], false);
    expect(found).toEqual(stored(doc));
    expect(found?._attachments['log.txt']).not.toHaveProperty('data');
  });

  it('replaces, removes and rejects a wrong digest', async () => {
    const v1 = withAttachments(incidentDocument({ id: 'inc-1' }), {
      a: attachment('first', 'da1'),
      b: attachment('second', 'db1'),
    });
    await instance.bulkWrite([{ document: v1 }], 'test');
    const v2 = withAttachments(
      { ...v1, _rev: '2-b', _meta: { lwt: now() } },
      { a: attachment('first, edited', 'da2') },
    );
    expect(
      (await instance.bulkWrite([{ previous: stored(v1), document: v2 }], 'test')).error,
    ).toEqual([]);
    expect(await (await instance.getAttachmentData('inc-1', 'a', 'da2')).text()).toBe(
      'first, edited',
    );
    await expect(instance.getAttachmentData('inc-1', 'a', 'da1')).rejects.toThrow(/does not exist/);
    await expect(instance.getAttachmentData('inc-1', 'b', 'db1')).rejects.toThrow(/does not exist/);
  });

  it('drops the attachments of a deleted document', async () => {
    const v1 = withAttachments(incidentDocument({ id: 'inc-1' }), {
      a: attachment('bytes', 'da1'),
    });
    await instance.bulkWrite([{ document: v1 }], 'test');
    const v2 = { ...stored(v1), _rev: '2-b', _deleted: true, _meta: { lwt: now() } };
    await instance.bulkWrite([{ previous: stored(v1), document: v2 }], 'test');
    await expect(instance.getAttachmentData('inc-1', 'a', 'da1')).rejects.toThrow(/does not exist/);
  });
});
