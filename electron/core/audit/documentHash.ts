import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/audit/canonicalJson.ts';
import { documentContent } from '../../../shared/audit/documentContent.ts';

/** SHA-256 (hex) of the canonical JSON of a document's content (docs/audit.md). */
export function documentHash(document: Record<string, unknown>): string {
  return createHash('sha256')
    .update(canonicalJson(documentContent(document)))
    .digest('hex');
}
