// Turns whatever a transport delivered into a validated remote-storage
// request, or into an error plus (when the message names one) the request to
// answer. Nothing in here throws: a hostile message must never reach RxDB.
import { Buffer } from 'node:buffer';
import { z } from 'zod';
import { RemoteStorageMessageError } from './remoteStorageErrors.ts';

export const REMOTE_METHODS = [
  'create',
  'bulkWrite',
  'findDocumentsById',
  'query',
  'count',
  'getAttachmentData',
  'getChangedDocumentsSince',
  'cleanup',
  'close',
  'remove',
] as const;

export type RemoteMethod = (typeof REMOTE_METHODS)[number];

const idString = z.string().min(1).max(200);

const requestSchema = z.object({
  connectionId: idString,
  requestId: idString,
  method: z.enum(REMOTE_METHODS),
  version: z.string().max(40),
  params: z.unknown(),
});

export type RemoteRequest = z.infer<typeof requestSchema>;

/** Where to send the error answer for a message we could not accept. */
export type ReplyAddress = { connectionId: string; requestId: string; method: string };

type Refusal = { ok: false; error: Error; replyTo: ReplyAddress | undefined };

export type ParseOutcome = { ok: true; request: RemoteRequest; bytes: number } | Refusal;

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

export function parseRemoteMessage(raw: unknown, maxBytes: number): ParseOutcome {
  const decoded = decode(raw, maxBytes);
  if (!decoded.ok) return decoded;
  const { value, bytes } = decoded;
  const replyTo = findReplyAddress(value);
  if (bytes > maxBytes) {
    return refuse(
      `Message of ${bytes} bytes exceeds the ${maxBytes}-byte limit; split the write or query into smaller pages.`,
      replyTo,
    );
  }
  const unsafe = findUnsafeKey(value, 0);
  if (unsafe) return refuse(unsafe, replyTo);
  const parsed = requestSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'message'}: ${issue.message}`,
    );
    return refuse(`Not a remote-storage request (${issues.join('; ')}).`, replyTo);
  }
  return { ok: true, request: parsed.data, bytes };
}

type Decoded = { ok: true; value: unknown; bytes: number } | Refusal;

function decode(raw: unknown, maxBytes: number): Decoded {
  if (typeof raw === 'string') {
    const bytes = Buffer.byteLength(raw, 'utf8');
    // Above twice the limit we do not even parse to look for a request id.
    if (bytes > maxBytes * 2)
      return refuse(`Message of ${bytes} bytes exceeds the ${maxBytes}-byte limit.`, undefined);
    try {
      return { ok: true, value: JSON.parse(raw) as unknown, bytes };
    } catch {
      return refuse('Message is not valid JSON.', undefined);
    }
  }
  try {
    const text = JSON.stringify(raw);
    if (text === undefined) return refuse('Message is not a JSON value.', undefined);
    return { ok: true, value: raw, bytes: Buffer.byteLength(text, 'utf8') };
  } catch {
    return refuse('Message cannot be serialised as JSON (cycle, BigInt or function).', undefined);
  }
}

function refuse(message: string, replyTo: ReplyAddress | undefined): Refusal {
  return { ok: false, error: new RemoteStorageMessageError(message), replyTo };
}

function findReplyAddress(value: unknown): ReplyAddress | undefined {
  if (!isPlainRecord(value)) return undefined;
  const { connectionId, requestId, method } = value;
  if (!isShortString(connectionId) || !isShortString(requestId)) return undefined;
  return { connectionId, requestId, method: isShortString(method) ? method : 'unknown' };
}

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns a description of the first prototype-pollution key or over-deep nesting. */
function findUnsafeKey(value: unknown, depth: number): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > MAX_DEPTH) return `Message nests deeper than ${MAX_DEPTH} levels.`;
  if (Array.isArray(value)) {
    for (const entry of value) {
      const found = findUnsafeKey(entry, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) return `Message contains the forbidden key "${key}".`;
    const found = findUnsafeKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}
