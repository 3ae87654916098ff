import { getValidator } from 'rxdb/plugins/validate-ajv';
import type { DocumentWrite } from '../../../shared/commands/command.ts';
import { CommandError, type FieldProblem } from '../../../shared/commands/errors.ts';
import { lanternSchemas, type CollectionName } from '../../../shared/schema/collections.ts';

type Validate = (doc: unknown) => { instancePath?: string; message?: string }[];
const validators = new Map<CollectionName, Validate>();

function validatorFor(collection: CollectionName): Validate {
  let validate = validators.get(collection);
  if (!validate) {
    validate = getValidator(lanternSchemas[collection]) as Validate;
    validators.set(collection, validate);
  }
  return validate;
}

/** Check every planned document against its schema before anything is written. */
export function assertWritesValid(writes: DocumentWrite[]): void {
  const problems: FieldProblem[] = [];
  for (const write of writes) {
    for (const error of validatorFor(write.collection)(write.document)) {
      problems.push({
        field: `${write.collection}${(error.instancePath ?? '').replaceAll('/', '.')}`,
        reason: error.message ?? 'is not valid',
      });
    }
  }
  if (problems.length > 0) {
    throw new CommandError(
      'invalid-input',
      `The command would write an invalid document — ${problems[0]?.field}: ${problems[0]?.reason}`,
      problems,
    );
  }
}
