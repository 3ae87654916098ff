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
