/** Unmissable from across the room: the incident on screen is an exercise. */
export function ExerciseBanner() {
  return (
    <div className="wall-exercise-banner" data-testid="wall-exercise-banner" role="note">
      <span className="wall-exercise-word">EXERCISE · EXERCISE · EXERCISE</span>
      <span className="wall-exercise-note">Not a real incident</span>
    </div>
  );
}
