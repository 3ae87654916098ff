// Mango queries from clients run on the node's single thread, so a regular
// expression with catastrophic backtracking could stall every window. We
// accept short patterns without quantified groups or backreferences, which
// covers the search boxes the UI has ("starts with", "contains").
import { RemoteStorageMessageError } from './remoteStorageErrors.ts';

const MAX_PATTERN_LENGTH = 200;
const QUANTIFIED_GROUP = /\)[+*{]/;
const BACKREFERENCE = /\\[1-9]|\\k</;

export function assertSafeSelector(selector: unknown, collectionName: string): void {
  if (typeof selector !== 'object' || selector === null) return;
  for (const [key, value] of Object.entries(selector)) {
    if (key === '$regex') assertSafePattern(value, collectionName);
    else assertSafeSelector(value, collectionName);
  }
}

function assertSafePattern(pattern: unknown, collectionName: string): void {
  const refuse = (reason: string): never => {
    throw new RemoteStorageMessageError(
      `Search pattern on "${collectionName}" refused: ${reason}.`,
    );
  };
  if (typeof pattern !== 'string') refuse('$regex must be a string');
  const text = pattern as string;
  if (text.length > MAX_PATTERN_LENGTH) refuse(`longer than ${MAX_PATTERN_LENGTH} characters`);
  if (QUANTIFIED_GROUP.test(text)) refuse('repeated groups such as (a+)+ are not allowed');
  if (BACKREFERENCE.test(text)) refuse('backreferences are not allowed');
}
