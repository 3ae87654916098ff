import type { Actor } from '../../../../shared/commands/command.ts';
import type {
  CommandInput,
  CommandName,
  CommandResult,
} from '../../../../shared/commands/registry.ts';
import type { NodeInfo } from '../../../../shared/contract/nodeInfo.ts';
import type { JoinCodeView, SyncStatus } from '../../../../shared/sync/syncStatus.ts';
import { readOnlyRefusal, resultFromReply } from './bridgeErrors.ts';
import { createNodeHttp } from './nodeHttp.ts';
import type { RemoteStorageConnection, RendererBridge } from './rendererBridge.ts';

export interface BrowserBridgeOptions {
  /** The node's origin, e.g. `http://10.0.0.5:4870` (the page's own origin in practice). */
  origin: string;
  token: string;
  readOnly: boolean;
  storage: RemoteStorageConnection;
  fetch?: typeof fetch;
}

export interface BrowserBridge extends RendererBridge {
  /**
   * Health is public, so a wrong token only shows on the first authenticated
   * call; this makes one (the API description) to fail early and clearly.
   */
  checkAccess(): Promise<void>;
}

/** Talks to a node over HTTP (commands, health) and a WebSocket (storage). */
export function createBrowserBridge(options: BrowserBridgeOptions): BrowserBridge {
  // The session token lives here only: not in localStorage, not in the address bar.
  let session: string | undefined;
  const http = createNodeHttp({ ...options, session: () => session });
  async function signIn(personId: string, passphrase: string): Promise<void> {
    const { status, body } = await http.send('POST', '/api/v1/sessions', { personId, passphrase });
    if (status !== 201) resultFromReply(body, status);
    session = (body as { token: string }).token;
  }
  return {
    kind: 'browser',
    readOnly: options.readOnly,
    storage: options.storage.storage,
    connection$: options.storage.state$,
    async nodeInfo() {
      const { status, body } = await http.get('/api/v1/health');
      if (status === 200 && isNodeInfo(body)) return body;
      return resultFromReply(body, status) as NodeInfo;
    },
    async checkAccess() {
      const { status, body } = await http.get('/api/v1/openapi.json');
      if (status !== 200) resultFromReply(body, status);
    },
    // The node takes the actor from the session; naming one would be refused.
    async sendCommand<K extends CommandName>(name: K, input: CommandInput<K>, _actor: Actor) {
      if (options.readOnly) throw readOnlyRefusal();
      return (await http.post(`/api/v1/commands/${encodeURIComponent(name)}`, {
        input,
      })) as CommandResult<K>;
    },
    signIn,
    // The node token may create the workspace (nobody can sign in before it exists).
    async createWorkspace(input) {
      if (options.readOnly) throw readOnlyRefusal();
      const { status, body } = await http.send('POST', '/api/v1/workspace', input);
      if (status !== 201) resultFromReply(body, status);
      const personId = (body as { result: { person: { id: string } } }).result.person.id;
      await signIn(personId, input.passphrase);
      return { personId };
    },
    // Before anyone signs in, requests go with the node token: the operator may give an
    // administrator who has none their first passphrase.
    async setFirstPassphrase(personId, passphrase) {
      if (options.readOnly) throw readOnlyRefusal();
      const path = `/api/v1/people/${encodeURIComponent(personId)}/credentials`;
      const { status, body } = await http.send('PUT', path, { passphrase });
      if (status !== 200) resultFromReply(body, status);
      await signIn(personId, passphrase);
    },
    async confirmIdentity(proof) {
      const { status, body } = await http.send('POST', '/api/v1/sessions/current/confirm', proof);
      if (status !== 200) resultFromReply(body, status);
    },
    async signOut() {
      if (session) await http.send('DELETE', '/api/v1/sessions/current');
      session = undefined;
    },
    async seedDemo() {
      if (options.readOnly) throw readOnlyRefusal();
      return http.post('/api/v1/workspace/demo', {});
    },
    briefPdf: (briefId) =>
      http.getBytes(`/api/v1/handoffs/${encodeURIComponent(briefId)}/brief.pdf`),
    async syncStatus() {
      const { status, body } = await http.get('/api/v1/sync/status');
      if (status !== 200) resultFromReply(body, status);
      return body as SyncStatus;
    },
    async joinCode() {
      const { status, body } = await http.get('/api/v1/sync/join-code');
      if (status !== 200) resultFromReply(body, status);
      return body as JoinCodeView;
    },
    async close() {
      await options.storage.close();
    },
  };
}

function isNodeInfo(body: unknown): body is NodeInfo {
  return typeof body === 'object' && body !== null && 'databaseName' in body && 'nodeId' in body;
}
