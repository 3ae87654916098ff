import type { IncomingMessage } from 'node:http';
import { HttpError } from '../http/httpErrors.ts';
import { MAX_BODY_BYTES } from '../http/requestBody.ts';

/** A request body as the intake read it: the text (for the dead-letter excerpt) and what it parsed to. */
export interface IntakeBody {
  text: string;
  payload: unknown;
}

/**
 * Monitoring tools post JSON (most), form data (Nagios and Icinga scripts)
 * or JSON as `text/plain` (Amazon SNS). Over 1 MiB is refused with 413
 * without reading further. The text is returned with the refusal, for the
 * dead-letter list.
 */
export async function readIntakeBody(request: IncomingMessage): Promise<IntakeBody> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = (request.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded'))
    return { text, payload: Object.fromEntries(new URLSearchParams(text)) };
  try {
    return { text, payload: JSON.parse(text) as unknown };
  } catch (cause) {
    throw new IntakeBodyError(
      text,
      new HttpError(
        400,
        'invalid-json',
        `The body is not JSON or form data: ${(cause as Error).message}`,
        [{ field: '', reason: 'not JSON or form data' }],
      ),
    );
  }
}

/** A body that could not be parsed, with its text for the dead-letter list. */
export class IntakeBodyError extends Error {
  override name = 'IntakeBodyError';
  readonly text: string;
  readonly refusal: HttpError;

  constructor(text: string, refusal: HttpError) {
    super(refusal.message);
    this.text = text;
    this.refusal = refusal;
  }
}

function tooLarge(): HttpError {
  return new HttpError(
    413,
    'payload-too-large',
    `The body is larger than ${MAX_BODY_BYTES / 1024} KiB`,
  );
}
