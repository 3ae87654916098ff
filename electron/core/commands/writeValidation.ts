import type { DocumentWrite } from '../../../shared/commands/command.ts';
import { CommandError, type FieldProblem } from '../../../shared/commands/errors.ts';
import { kindProblems } from '../../../shared/store/kindValidation.ts';

/** Check every planned document against its kind's shape before anything is written. */
export function assertWritesValid(writes: DocumentWrite[]): void {
  const problems: FieldProblem[] = writes.flatMap((write) =>
    kindProblems(write.kind, write.document),
  );
  if (problems.length > 0) {
    throw new CommandError(
      'invalid-input',
      `The command would write an invalid document — ${problems[0]?.field}: ${problems[0]?.reason}`,
      problems,
    );
  }
}
