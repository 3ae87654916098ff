import { Button } from '../../ui/Button.tsx';

export function StartupFailure({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <main className="splash">
      <div className="splash-card" role="alert">
        <span className="brand-mark">Lantern</span>
        <h1>Cannot reach the Lantern node</h1>
        <p>{error.message}</p>
        <p>
          Check that the node is running and this device is on the same network, then try again.
        </p>
        <Button variant="primary" onClick={onRetry}>
          Try again
        </Button>
      </div>
    </main>
  );
}
