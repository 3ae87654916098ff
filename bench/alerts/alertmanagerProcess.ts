import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export const ALERTMANAGER_BINARY = '/usr/bin/prometheus-alertmanager';

/** A route to a receiver with no integrations: Alertmanager takes and groups alerts, notifies nobody. */
const CONFIG = `route:
  receiver: 'null'
  group_by: ['alertname', 'service']
  group_wait: 30s
  group_interval: 5m
receivers:
  - name: 'null'
`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningAlertmanager {
  url: string;
  stop(): Promise<void>;
}

/** Debian's Alertmanager on loopback with its own data folder, or undefined when it is not installed. */
export async function startAlertmanager(dataDir: string): Promise<RunningAlertmanager | undefined> {
  if (!existsSync(ALERTMANAGER_BINARY)) return undefined;
  const config = path.join(dataDir, 'alertmanager.yml');
  writeFileSync(config, CONFIG);
  const port = await freePort();
  const clusterPort = await freePort();
  const child: ChildProcess = spawn(
    ALERTMANAGER_BINARY,
    [
      `--config.file=${config}`,
      `--storage.path=${dataDir}`,
      `--web.listen-address=127.0.0.1:${port}`,
      `--cluster.listen-address=127.0.0.1:${clusterPort}`,
      '--log.level=warn',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
