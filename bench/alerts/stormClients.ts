// Runs in a worker thread: the storm's concurrent clients, off the node's
// event loop. Each client sends its requests one after another; every
// `probeEvery`-th request is announced to the main thread (which watches
// for its alerts in a live query) just before it is sent.
import { parentPort, workerData } from 'node:worker_threads';

export interface ClientsJob {
  url: string;
  /** Per client: request bodies in order. */
  bodies: string[][];
  probeEvery: number;
}

export interface ClientsReport {
  startedAt: number;
  finishedAt: number;
  requests: number;
  failures: { status: number; body: string }[];
}

const job = workerData as ClientsJob;
const failures: ClientsReport['failures'] = [];

async function client(index: number, bodies: string[]): Promise<void> {
  for (let request = 0; request < bodies.length; request++) {
    if (request % job.probeEvery === job.probeEvery - 1)
      parentPort?.postMessage({ probe: { client: index, request, sentAt: Date.now() } });
    const response = await fetch(job.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodies[request],
    });
    const text = await response.text();
    if (!response.ok) failures.push({ status: response.status, body: text.slice(0, 300) });
  }
}

const startedAt = Date.now();
await Promise.all(job.bodies.map((bodies, index) => client(index, bodies)));
const report: ClientsReport = {
  startedAt,
  finishedAt: Date.now(),
  requests: job.bodies.reduce((sum, bodies) => sum + bodies.length, 0),
  failures,
};
parentPort?.postMessage({ done: report });
