// Typed errors of the Electron main process. Messages name what was refused
// and what to do next; they reach the renderer as the rejection message.

/** A window (or something pretending to be one) called IPC it may not call. */
export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError';
}

/** The call reached main with arguments the contract does not allow. */
export class IpcArgumentError extends Error {
  override name = 'IpcArgumentError';
}

/** The picked screen is gone (unplugged, or the display ids changed). */
export class UnknownDisplayError extends Error {
  override name = 'UnknownDisplayError';

  constructor(displayId: number) {
    super(
      `Display ${displayId} is not connected any more: reopen "Open wall display" and pick a screen from the list.`,
    );
  }
}

/** The node did not start, so the app cannot show anything useful. */
export class NodeStartError extends Error {
  override name = 'NodeStartError';
}

/**
 * The node process could not answer: it is restarting, stopped or quitting,
 * or did not answer in time. `reachedNode` says whether the request got to
 * the node at all; if it did, its effect is unknown (it may have committed).
 */
export class NodeUnavailableError extends Error {
  override name = 'NodeUnavailableError';
  readonly reachedNode: boolean;

  constructor(message: string, reachedNode: boolean) {
    super(message);
    this.reachedNode = reachedNode;
  }
}

/** The node answered, but with a failure: `nodeErrorName` is the error's name inside the node. */
export class NodeFailureError extends Error {
  override name = 'NodeFailureError';
  readonly nodeErrorName: string;

  constructor(report: { name: string; message: string }) {
    super(report.message);
    this.nodeErrorName = report.name;
  }
}
