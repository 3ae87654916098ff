import { NodeUnreachableError, resultFromReply } from './bridgeErrors.ts';

export interface NodeHttpOptions {
  /** The node's origin, e.g. `http://10.0.0.5:4870`. */
  origin: string;
  token: string;
  fetch?: typeof fetch;
  /** The signed-in person's session token, sent instead of the node token once there is one. */
  session?: () => string | undefined;
}

export interface NodeReply {
  status: number;
  body: unknown;
}

/** JSON over HTTP to one node, with its bearer token; network failures name the node. */
export function createNodeHttp(options: NodeHttpOptions) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const authorization = () => ({
    Authorization: `Bearer ${options.session?.() ?? options.token}`,
  });

  async function request(path: string, init: RequestInit = {}): Promise<NodeReply> {
    let response: Response;
    try {
      const url = new URL(path, options.origin).toString();
      response = await doFetch(url, { ...init, headers: { ...authorization(), ...init.headers } });
    } catch (cause) {
      throw new NodeUnreachableError(
        `Cannot reach the Lantern node at ${options.origin} (${String(cause)}).`,
      );
    }
    const body: unknown = await response.json().catch(() => undefined);
    return { status: response.status, body };
  }

  /** POSTs JSON and returns the reply's `result`, or throws the typed error it carries. */
  async function post(path: string, payload: unknown): Promise<unknown> {
    const headers = { 'Content-Type': 'application/json' };
    const { status, body } = await request(path, {
      method: 'POST',
      headers,
      body: JSON.stringify(payload),
    });
    return resultFromReply(body, status);
  }

  /** GETs a file (a brief's PDF) as bytes, or throws the typed error the node sent. */
  async function getBytes(path: string): Promise<Uint8Array> {
    let response: Response;
    try {
      response = await doFetch(new URL(path, options.origin).toString(), {
        headers: authorization(),
      });
    } catch (cause) {
      throw new NodeUnreachableError(
        `Cannot reach the Lantern node at ${options.origin} (${String(cause)}).`,
      );
    }
    if (response.ok) return new Uint8Array(await response.arrayBuffer());
    const body: unknown = await response.json().catch(() => undefined);
    return resultFromReply(body, response.status) as never;
  }

  async function send(method: string, path: string, payload?: unknown): Promise<NodeReply> {
    return request(path, {
      method,
      ...(payload === undefined
        ? {}
        : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) }),
    });
  }

  return { get: (path: string) => request(path), post, getBytes, send };
}
