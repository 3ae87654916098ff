// Errors the node sends back to remote-storage clients. Each message says
// what was refused and what the operator can do about it; the class name
// travels with the error (errorToPlainJson keeps `name`).

/** The message itself is unusable: bad shape, too big, unsafe keys. */
export class RemoteStorageMessageError extends Error {
  override name = 'RemoteStorageMessageError';
}

/** The message is well formed but this client may not do that. */
export class RemoteStorageRefusedError extends Error {
  override name = 'RemoteStorageRefusedError';
}

/** The client named a database, collection or schema the node does not serve. */
export class RemoteStorageUnknownTargetError extends Error {
  override name = 'RemoteStorageUnknownTargetError';
}

/** The node's own storage did not finish the request in time. */
export class RemoteStorageNodeTimeoutError extends Error {
  override name = 'RemoteStorageNodeTimeoutError';
}

/** The client sends faster than the node answers. */
export class RemoteStorageBusyError extends Error {
  override name = 'RemoteStorageBusyError';
}
