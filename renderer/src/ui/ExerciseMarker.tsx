/** Marks exercise incidents everywhere they appear, so nobody acts on a drill as if it were real. */
export function ExerciseMarker() {
  return (
    <span className="exercise-marker" data-testid="exercise-marker">
      Exercise
    </span>
  );
}
