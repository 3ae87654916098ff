import {
  criteriaInEffect,
  recommendDeclaration,
  type DeclarationAnswers,
  type DeclarationRecommendation,
} from '../classification/index.ts';
import type { FrameworkDoc } from '../schema/framework.ts';
import { criteriaVersionsOf } from './frameworkReads.ts';

/**
 * What the criteria in effect recommend for these answers, without writing
 * anything: the declare dialog calls this as the responder answers, with
 * the frameworks documents it already reads from the database. Undefined
 * when no criteria are adopted or none are in effect yet.
 */
export function previewDeclaration(
  frameworks: readonly FrameworkDoc[],
  answers: DeclarationAnswers,
  now: Date,
): DeclarationRecommendation | undefined {
  const versions = criteriaVersionsOf(frameworks);
  if (versions.length === 0) return undefined;
  try {
    return recommendDeclaration(criteriaInEffect(versions, now), answers);
  } catch {
    return undefined;
  }
}
