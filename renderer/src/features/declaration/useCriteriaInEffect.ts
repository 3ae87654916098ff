import { useMemo } from 'react';
import {
  criteriaInEffect,
  type ClassificationCriteria,
} from '../../../../shared/classification/index.ts';
import { criteriaVersionsOf } from '../../../../shared/framework/frameworkReads.ts';
import { useFrameworks } from '../../app/db/commandQueries.ts';

/** The classification criteria in effect now, or undefined when none are adopted (or readable). */
export function useCriteriaInEffect(now: Date): ClassificationCriteria | undefined {
  const { documents } = useFrameworks();
  const day = now.toISOString().slice(0, 10);
  return useMemo(() => {
    try {
      const versions = criteriaVersionsOf(documents);
      return versions.length ? criteriaInEffect(versions, new Date(day)) : undefined;
    } catch {
      return undefined;
    }
  }, [documents, day]);
}
