import { parseArgs } from 'node:util';
import { DEFAULT_PORT, type StartNodeOptions } from './node.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: npm run serve -- --data <dir> [--port <port>] [--host 127.0.0.1] [--token <token>] [--demo]

  --data   folder holding this node's database, identity and token (created if missing)
  --port   HTTP port for the API, the browser UI and wall displays (default ${DEFAULT_PORT}; 0 = any free port)
  --host   address to bind (default 127.0.0.1; use 0.0.0.0 to serve wall displays on the LAN)
  --token  access token for the API and browsers (default: generated once and kept in the data folder)
  --demo   seed the fictional demo organisation once, into an empty node`;

/** Command-line arguments of the headless node, checked before anything starts. */
export function parseServeArguments(argv: string[]): StartNodeOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        token: { type: 'string' },
        demo: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.data)
    throw new UsageError('--data <dir> is required: the folder where this node keeps its records');
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
  if (values.token !== undefined && values.token.length < 16)
    throw new UsageError('--token must be at least 16 characters');
  return {
    dataDir: values.data,
    port,
    host: values.host ?? '127.0.0.1',
    demo: values.demo,
    ...(values.token ? { token: values.token } : {}),
  };
}
