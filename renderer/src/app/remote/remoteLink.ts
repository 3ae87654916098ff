// The "socket-like" connection the reconnecting channel runs on. A
// WebSocket or a MessagePort is wrapped into this shape; one link is one
// connection attempt and never comes back after onClose.

export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'offline';

export type RemoteLink = {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onClose(listener: () => void): void;
  /** Closes the connection and calls the onClose listeners right away. */
  close(): void;
};

/** Opens a new link; rejects when the node cannot be reached. */
export type RemoteLinkFactory = () => Promise<RemoteLink>;
