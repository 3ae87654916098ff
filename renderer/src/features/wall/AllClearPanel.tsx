export function AllClearPanel() {
  return (
    <div className="wall-all-clear">
      <span className="wall-all-clear-mark" aria-hidden="true" />
      <span className="wall-focus-title">No active incidents</span>
      <span className="wall-caption">
        This display updates by itself as soon as one is declared.
      </span>
    </div>
  );
}
