/**
 * Typed command errors. Each maps to one HTTP status and carries a message a
 * commander can act on; none of them leaves a partial write behind.
 */
export interface FieldProblem {
  /** Dotted path of the offending field, e.g. "severity" or "steps.2.title". */
  field: string;
  reason: string;
}

export type CommandErrorCode =
  'invalid-input' | 'forbidden' | 'not-found' | 'conflict' | 'unknown-command';

export class CommandError extends Error {
  override name = 'CommandError';
  readonly code: CommandErrorCode;
  readonly problems: FieldProblem[];

  constructor(code: CommandErrorCode, message: string, problems: FieldProblem[] = []) {
    super(message);
    this.code = code;
    this.problems = problems;
  }
}

export function invalidInput(problems: FieldProblem[]): CommandError {
  const first = problems[0];
  const summary = first ? `${first.field || 'input'}: ${first.reason}` : 'input is not valid';
  return new CommandError('invalid-input', `Invalid input — ${summary}`, problems);
}

export function notFound(what: string, id: string): CommandError {
  return new CommandError('not-found', `No ${what} with id "${id}"`);
}

export function forbidden(message: string): CommandError {
  return new CommandError('forbidden', message);
}

export function conflict(message: string): CommandError {
  return new CommandError('conflict', message);
}

/** The wire form of a command error (HTTP body, IPC reply). */
export interface CommandErrorBody {
  error: { code: CommandErrorCode; message: string; problems: FieldProblem[] };
}

export function toErrorBody(error: CommandError): CommandErrorBody {
  return { error: { code: error.code, message: error.message, problems: error.problems } };
}

export function isCommandErrorBody(value: unknown): value is CommandErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const inner = (value as { error: unknown }).error;
  return typeof inner === 'object' && inner !== null && 'code' in inner && 'message' in inner;
}
