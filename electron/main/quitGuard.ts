/**
 * Holds the first quit until the node has closed its database (so nothing
 * acknowledged is lost), then quits for real. Further quit requests while
 * closing are swallowed; a failing close is logged and the app quits anyway.
 */
export function createQuitGuard(options: {
  shutdown(): Promise<void>;
  quit(): void;
  log?: (message: string, error?: unknown) => void;
}): (event: { preventDefault(): void }) => void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  return (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    options
      .shutdown()
      .catch((error: unknown) =>
        (options.log ?? console.error)('Lantern did not shut down cleanly', error),
      )
      .finally(() => {
        state = 'closed';
        options.quit();
      });
  };
}
