// Signs people in on a running node for tests, the way a person would: the
// operator (node token) gives an administrator their first passphrase, the
// administrator gives everyone else theirs, each signs in with their own.
export const TEST_PASSPHRASE = 'correct horse battery staple';
export const TEST_PIN = '2468';

export interface NodeAddress {
  url: string;
  token: string;
}

/** One call to a node's HTTP API v1 with a bearer token; the reply's JSON body, or `{}` when empty. */
export async function callNode(
  node: Pick<NodeAddress, 'url'>,
  bearer: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${bearer}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

const call = (node: NodeAddress, method: string, path: string, bearer: string, body?: unknown) =>
  callNode(node, bearer, method, path, body);

/** The session token of `personId`, signing in with the test passphrase. */
export async function signInAs(node: NodeAddress, personId: string): Promise<string> {
  const answer = await call(node, 'POST', '/sessions', '', {
    personId,
    passphrase: TEST_PASSPHRASE,
  });
  if (answer.status !== 201)
    throw new Error(
      `Sign-in of ${personId} failed: ${answer.status} ${JSON.stringify(answer.body)}`,
    );
  return answer.body.token as string;
}

/** Give `personId` the test passphrase and PIN (through `administratorId`), then sign them in. */
export async function sessionFor(
  node: NodeAddress,
  personId: string,
  administratorId: string,
): Promise<string> {
  const credentials = { passphrase: TEST_PASSPHRASE, pin: TEST_PIN };
  // The operator may give an administrator who has none their first credentials; refused once set.
  await call(node, 'PUT', `/people/${administratorId}/credentials`, node.token, credentials);
  const administrator = await signInAs(node, administratorId);
  if (personId === administratorId) return administrator;
  const set = await call(
    node,
    'PUT',
    `/people/${personId}/credentials`,
    administrator,
    credentials,
  );
  if (set.status !== 200)
    throw new Error(
      `Setting credentials of ${personId} failed: ${set.status} ${JSON.stringify(set.body)}`,
    );
  return signInAs(node, personId);
}

/**
 * A session per person on one node, signing each in the first time they act;
 * `administratorId` gives them their credentials. The node is read lazily
 * because tests start it in `beforeAll`.
 */
export function sessionsOn(
  node: () => NodeAddress,
  administratorId: string,
): (personId: string) => Promise<string> {
  const sessions = new Map<string, Promise<string>>();
  return (personId) => {
    let session = sessions.get(personId);
    if (!session) {
      session = sessionFor(node(), personId, administratorId);
      sessions.set(personId, session);
    }
    return session;
  };
}

/**
 * Like `sessionsOn`, for tests that restart nodes: each node object (a process
 * started again is a new one) signs its people in afresh, so a session that
 * expired while the node's clock was moved on is never reused.
 */
export function sessionsPerNode(
  administratorId: string,
): (node: NodeAddress, personId: string) => Promise<string> {
  const perNode = new WeakMap<NodeAddress, (personId: string) => Promise<string>>();
  return (node, personId) => {
    let sessionOf = perNode.get(node);
    if (!sessionOf) {
      sessionOf = sessionsOn(() => node, administratorId);
      perNode.set(node, sessionOf);
    }
    return sessionOf(personId);
  };
}
