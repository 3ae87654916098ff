import { CommandError, isCommandErrorBody, forbidden } from '../../../../shared/commands/errors.ts';

/** The node could not be reached at all (network down, node stopped). */
export class NodeUnreachableError extends Error {
  override name = 'NodeUnreachableError';
}

/** The node answered with something that is neither a result nor a typed error. */
export class UnexpectedReplyError extends Error {
  override name = 'UnexpectedReplyError';
}

/** Rebuilds the typed error a node sent as `{ error: { code, message, problems } }`. */
export function commandErrorFromBody(body: unknown): CommandError | undefined {
  if (!isCommandErrorBody(body)) return undefined;
  const { code, message, problems } = body.error;
  return new CommandError(code, message, Array.isArray(problems) ? problems : []);
}

/** Reads a `{ result }` reply, or throws the typed error the node sent instead. */
export function resultFromReply(body: unknown, status: number): unknown {
  // 401 first: the node's own wording is for API callers, not for someone at a browser.
  if (status === 401) {
    throw forbidden(
      'The node did not accept this browser’s access token. Open the address the node printed (with ?token=) again.',
    );
  }
  const commandError = commandErrorFromBody(body);
  if (commandError) throw commandError;
  if (
    status >= 200 &&
    status < 300 &&
    typeof body === 'object' &&
    body !== null &&
    'result' in body
  ) {
    return (body as { result: unknown }).result;
  }
  throw new UnexpectedReplyError(`The node answered with HTTP ${status} and no result.`);
}

export function readOnlyRefusal(): CommandError {
  return forbidden('This is a wall display: it shows the incident but cannot change it.');
}
