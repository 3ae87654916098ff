import type { Observable } from 'rxjs';
import type { RxStorage } from 'rxdb';
import type { ConnectionState, LanternBridge } from '../../../../shared/contract/bridge.ts';

/** The shared bridge plus what only the renderer needs. */
export interface RendererBridge extends LanternBridge {
  /** Load the demo organisation into an empty node (first run). */
  seedDemo(): Promise<unknown>;
  /** A handoff brief as PDF: drawn by the node (browsers) or printed by Electron (desktop). */
  briefPdf?(briefId: string): Promise<Uint8Array>;
}

/** What the remote-storage transports (WebSocket, MessagePort) hand back. */
export interface RemoteStorageConnection {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- remote storage is storage-agnostic
  storage: RxStorage<any, any>;
  state$: Observable<ConnectionState>;
  close(): void | Promise<void>;
}
