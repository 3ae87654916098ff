/** Unmissable from across the room: the incident on screen is an exercise. */
export function ExerciseBanner() {
  return (
    <div className="wall-exercise-banner" data-testid="wall-exercise-banner">
      EXERCISE — not a real incident
    </div>
  );
}
