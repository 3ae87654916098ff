import type { Observable } from 'rxjs';
import type { RxStorage } from 'rxdb';
import type { ConnectionState, LanternBridge } from '../../../../shared/contract/bridge.ts';
import type { JoinCodeView, SyncStatus } from '../../../../shared/sync/syncStatus.ts';

/** The shared bridge plus what only the renderer needs. */
export interface RendererBridge extends LanternBridge {
  /** Load the demo organisation into an empty node (first run). */
  seedDemo(): Promise<unknown>;
  /** A handoff brief as PDF: drawn by the node (browsers) or printed by Electron (desktop). */
  briefPdf?(briefId: string): Promise<Uint8Array>;
  /** Peer sync status; absent where the window cannot ask the node (Electron IPC: not yet). */
  syncStatus?(): Promise<SyncStatus>;
  /**
   * Sign in with a passphrase (browsers): the session token stays in this
   * bridge's memory, never in storage, and every command then goes as that
   * person. Absent where the window has no sign-in yet (Electron IPC).
   */
  signIn?(personId: string, passphrase: string): Promise<void>;
  /**
   * First run (browsers): create the workspace with its first administrator's
   * passphrase, then sign them in. Absent where the window has no sign-in yet.
   */
  createWorkspace?(input: FirstRunInput): Promise<{ personId: string }>;
  /**
   * An administrator who has no passphrase yet chooses one, through the node
   * token this window was opened with (the node refuses anyone else, or an
   * administrator who has one), then signs in. Browsers only.
   */
  setFirstPassphrase?(personId: string, passphrase: string): Promise<void>;
  /** Step-up and unlock: the signed-in person enters their PIN or passphrase again. */
  confirmIdentity?(proof: { pin: string } | { passphrase: string }): Promise<void>;
  /** End the session on the node and forget its token. */
  signOut?(): Promise<void>;
  /** A join code for a new node; rejects when the node runs without peer sync. */
  joinCode?(): Promise<JoinCodeView>;
}

/** The first administrator and their workspace, as the first-run screen asks for them. */
export interface FirstRunInput {
  workspaceName: string;
  displayName: string;
  passphrase: string;
}

/** What the remote-storage transports (WebSocket, MessagePort) hand back. */
export interface RemoteStorageConnection {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- remote storage is storage-agnostic
  storage: RxStorage<any, any>;
  state$: Observable<ConnectionState>;
  close(): void | Promise<void>;
}
