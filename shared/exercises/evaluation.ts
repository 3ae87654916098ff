/** HSEEP objective ratings. */
export const EVALUATION_RATINGS = ['P', 'S', 'M', 'U'] as const;
export type EvaluationRating = (typeof EVALUATION_RATINGS)[number];

export const RATING_LABELS: Record<EvaluationRating, string> = {
  P: 'Performed without challenges',
  S: 'Performed with some challenges',
  M: 'Performed with major challenges',
  U: 'Unable to be performed',
};

/** Several evaluators may disagree; the report carries the most cautious rating given. */
export function overallRating(ratings: readonly EvaluationRating[]): EvaluationRating | undefined {
  return [...ratings].sort(
    (a, b) => EVALUATION_RATINGS.indexOf(b) - EVALUATION_RATINGS.indexOf(a),
  )[0];
}
