// Mango queries from clients run on the node's single thread. A regular
// expression is evaluated there by V8's backtracking engine, which no timeout
// can interrupt: `.*` eight times in a row against a long title kept a probe's
// node busy for seconds, past every request timeout, and no shape-based
// filter catches every slow pattern. No Lantern screen queries storage with a
// regular expression (search runs on the client over what it has loaded), so
// the storage socket refuses `$regex` from every client, console or wall.
import { RemoteStorageMessageError } from './remoteStorageErrors.ts';

const REFUSED_OPERATORS = new Set(['$regex', '$options', '$where', '$function', '$expr']);

export function assertSafeSelector(selector: unknown, collectionName: string): void {
  if (typeof selector !== 'object' || selector === null) return;
  for (const [key, value] of Object.entries(selector)) {
    if (REFUSED_OPERATORS.has(key)) {
      throw new RemoteStorageMessageError(
        `Query on "${collectionName}" refused: "${key}" is not accepted from windows or wall displays; filter with equality, ranges or $in instead.`,
      );
    }
    assertSafeSelector(value, collectionName);
  }
}
