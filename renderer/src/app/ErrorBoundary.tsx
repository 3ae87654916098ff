import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../ui/Button.tsx';

interface ErrorBoundaryState {
  error: Error | null;
}

/** A rendering bug shows a recoverable screen instead of a blank wall. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Lantern screen failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <ScreenFailure error={this.state.error} onReload={() => window.location.reload()} />;
  }
}

export function ScreenFailure({ error, onReload }: { error: Error; onReload: () => void }) {
  return (
    <main className="splash">
      <div className="splash-card" role="alert">
        <span className="brand-mark">Lantern</span>
        <h1>This screen failed</h1>
        <p>Your data is safe on the node. Reloading usually recovers.</p>
        <pre className="error-detail">{error.message}</pre>
        <Button variant="primary" onClick={onReload}>
          Reload
        </Button>
      </div>
    </main>
  );
}
