// Kinds of record that never leave the node through the storage socket or a
// window's MessagePort: credentials (passphrase and PIN hashes), sessions and
// token records (token hashes). Peers still sync them; the node reads them itself.
import type { StorageTarget } from './storageTargets.ts';

export const SECRET_KINDS: ReadonlySet<string> = new Set([
  'credentials',
  'sessions',
  'accessTokens',
]);

const RECORDS = 'records';

function isSecret(document: unknown): boolean {
  const kind = (document as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' && SECRET_KINDS.has(kind);
}

/** Whether answers from this target may hold secret records at all. */
export function mayHoldSecrets(target: StorageTarget): boolean {
  return !target.isInternalStore && target.collectionName === RECORDS;
}

/** The kind a records query is pinned to, when its selector names one plainly. */
export function selectedKind(selector: Record<string, unknown> | undefined): string | undefined {
  const kind = selector?.kind;
  if (typeof kind === 'string') return kind;
  if (kind && typeof kind === 'object' && typeof (kind as { $eq?: unknown }).$eq === 'string')
    return (kind as { $eq: string }).$eq;
  return undefined;
}

export function withoutSecrets<T>(documents: T[]): T[] {
  return documents.filter((document) => !isSecret(document));
}

/** A query or changes answer (`{ documents }`) without secret records. */
export function answerWithoutSecrets<T extends { documents: unknown[] }>(answer: T): T {
  return { ...answer, documents: withoutSecrets(answer.documents) };
}
