import type { z } from 'zod';
import type { FieldProblem } from '../commands/errors.ts';
import { zodProblems } from '../commands/zodProblems.ts';

/** The classification criteria file is not usable; `problems` name each bad field. */
export class ClassificationCriteriaError extends Error {
  override name = 'ClassificationCriteriaError';
  readonly problems: FieldProblem[];

  constructor(message: string, problems: FieldProblem[] = []) {
    super(message);
    this.problems = problems;
  }

  static fromZod(error: z.ZodError): ClassificationCriteriaError {
    const problems = zodProblems(error);
    const first = problems[0];
    const summary = first ? `${first.field || 'criteria'}: ${first.reason}` : 'not valid';
    return new ClassificationCriteriaError(
      `Classification criteria are not valid — ${summary}`,
      problems,
    );
  }
}

/** No version of the criteria had taken effect at the time asked about. */
export class NoCriteriaInEffectError extends Error {
  override name = 'NoCriteriaInEffectError';
}
