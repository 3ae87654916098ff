import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../../../shared/audit/canonicalJson.ts';
import { COLLECTION_NAMES, layoutSignature } from '../../../../shared/store/layout.ts';
import type { CollectionName } from '../../../../shared/store/layout.ts';
import type { Doc } from '../masterEndpoint.ts';

/**
 * What one message on the hub carries, and how it is sealed. The hub is
 * storage we do not trust: every message is encrypted and authenticated with
 * a key derived from the workspace secret (AES-256-GCM), so the NATS operator
 * and other workspaces on the same cluster can neither read nor forge one,
 * and the subject is the associated data, so a message moved to another
 * subject does not open. A node that holds the secret can still seal a bad
 * document: that is why every opened document then goes through the same
 * validation and merge as a peer's push.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;
export const MAX_HUB_MESSAGE_BYTES = 1024 * 1024;

export interface HubNames {
  /** Workspace tag: HMAC-like, reveals nothing of the secret. */
  tag: string;
  stream: string;
  subjectPrefix: string;
  key: Buffer;
}

/** Stream, subjects and key of one workspace: derived from its secret, so workspaces never share them. */
export function hubNames(secret: string): HubNames {
  const key = Buffer.from(hkdfSync('sha256', secret, 'lantern-hub', 'lantern-hub-key-v1', 32));
  const tag = Buffer.from(hkdfSync('sha256', secret, 'lantern-hub', 'lantern-hub-tag-v1', 8))
    .toString('hex')
    .toUpperCase();
  return { tag, stream: `LANTERN_${tag}`, subjectPrefix: `lantern.${tag}`, key };
}

export function hubSubject(names: HubNames, collection: CollectionName): string {
  return `${names.subjectPrefix}.${collection}`;
}

/** Short hash of the layout: messages from a node with another layout are not applied. */
export function layoutTag(): string {
  return createHash('sha256').update(layoutSignature()).digest('hex').slice(0, 16);
}

const envelope = z
  .object({
    v: z.literal(1),
    c: z.enum(COLLECTION_NAMES as [string, ...string[]]),
    from: z.string().min(1).max(200),
    layout: z.string().max(64),
    doc: z.record(z.string(), z.unknown()),
  })
  .strict();
export type HubEnvelope = z.infer<typeof envelope> & { c: CollectionName };

/** Identifies one version of a document: JetStream drops a second publish of it (Nats-Msg-Id). */
export function versionId(collection: CollectionName, doc: Doc): string {
  return createHash('sha256')
    .update(collection)
    .update('\n')
    .update(canonicalJson(doc))
    .digest('hex');
}

export function sealEnvelope(names: HubNames, subject: string, body: HubEnvelope): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', names.key, iv);
  cipher.setAAD(Buffer.from(subject));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(body), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
}

export class HubMessageError extends Error {
  override name = 'HubMessageError';
}

/** The envelope in a hub message, or a HubMessageError saying why it is refused. */
export function openEnvelope(names: HubNames, subject: string, data: Uint8Array): HubEnvelope {
  if (data.length > MAX_HUB_MESSAGE_BYTES) throw new HubMessageError('larger than 1 MiB');
  if (data.length < IV_BYTES + TAG_BYTES) throw new HubMessageError('too short to be sealed');
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let plain: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', names.key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(subject));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    plain = Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new HubMessageError('not sealed with this workspace’s key (forged or corrupted)');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(plain);
  } catch {
    throw new HubMessageError('not JSON');
  }
  const parsed = envelope.safeParse(raw);
  if (!parsed.success)
    throw new HubMessageError(`malformed: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  if (hubSubject(names, parsed.data.c as CollectionName) !== subject)
    throw new HubMessageError(`names ${parsed.data.c} on another collection’s subject`);
  return parsed.data as HubEnvelope;
}
