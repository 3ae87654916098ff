import { classificationCriteria, type ClassificationCriteria } from './criteriaSchema.ts';
import { ClassificationCriteriaError } from './errors.ts';

/** Validate criteria loaded from a file or the database; throws with every bad field listed. */
export function parseClassificationCriteria(input: unknown): ClassificationCriteria {
  const parsed = classificationCriteria.safeParse(input);
  if (!parsed.success) throw ClassificationCriteriaError.fromZod(parsed.error);
  return parsed.data;
}
