/** What a node says about itself (health endpoint, IPC, status bar). */
export interface NodeInfo {
  status: 'ok';
  version: string;
  nodeId: string;
  databaseName: string;
}
