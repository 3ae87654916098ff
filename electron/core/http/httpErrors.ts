import type {
  CommandError,
  CommandErrorBody,
  CommandErrorCode,
  FieldProblem,
} from '../../../shared/commands/errors.ts';

/** An error with the HTTP status and body the client should get. */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly status: number;
  readonly code: string;
  readonly problems: FieldProblem[];

  constructor(status: number, code: string, message: string, problems: FieldProblem[] = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.problems = problems;
  }

  body(): { error: { code: string; message: string; problems: FieldProblem[] } } {
    return { error: { code: this.code, message: this.message, problems: this.problems } };
  }
}

const STATUS_BY_CODE: Record<CommandErrorCode, number> = {
  'invalid-input': 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'unknown-command': 404,
};

export function httpStatusOf(error: CommandError): number {
  return STATUS_BY_CODE[error.code];
}

export type ErrorBody = CommandErrorBody | ReturnType<HttpError['body']>;
