import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shortScenario } from '../../../shared/exercises/scenario.testHelpers.ts';
import { sessionsPerNode } from '../access/signIn.testSupport.ts';
import { killServedNodes, serveNode, type ServedNode } from '../servedNode.testHelpers.ts';

const folders: string[] = [];
// Yusuf Demir administers the demo workspace; each person acts through their own session.
const sessionOf = sessionsPerNode('yusuf-demir');

/** The headless node as a real process; `shiftMs` moves its clock forward (time spent switched off). */
const serve = (dataDir: string, shiftMs: number) => serveNode(dataDir, { clockShiftMs: shiftMs });

async function call(node: ServedNode, path: string, body?: unknown) {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${await sessionOf(node, 'yusuf-demir')}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads arbitrary JSON
  return { status: response.status, body: (await response.json()) as any };
}

async function injectStates(node: ServedNode, exerciseId: string): Promise<string[]> {
  const exercise = (await call(node, `/exercises/${exerciseId}`)).body as {
    injects: { number: number; status: string; releaseMode?: string }[];
  };
  return exercise.injects.map(
    (i) => `${i.number} ${i.status}${i.releaseMode ? ` ${i.releaseMode}` : ''}`,
  );
}

async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Inject 1 at the start, 3 one scenario minute in, 4 at ten minutes; 2 is a contingency. */
const drill = {
  ...shortScenario,
  injects: [
    ...shortScenario.injects,
    { ...shortScenario.injects[0], number: 3, time: '0:01', contingencies: [] },
    { ...shortScenario.injects[0], number: 4, time: '0:10', contingencies: [] },
  ],
};

afterEach(() => {
  killServedNodes();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// Three node processes start in turn and each signs its people in (scrypt): slower than the default.
describe('the exercise clock across a SIGKILL', { timeout: 120_000 }, () => {
  it('releases what fell due while the node was down once, and a paused clock stays paused', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lantern-exercise-'));
    folders.push(dataDir);
    const first = serve(dataDir, 0);
    await first.ready;
    expect((await call(first, '/scenarios', drill)).status).toBe(201);
    const started = await call(first, '/exercises', { scenarioId: drill.id });
    const exerciseId = started.body.exercise.id as string;
    await call(first, `/exercises/${exerciseId}/clock`, { action: 'start' });
    await waitFor(async () =>
      (await injectStates(first, exerciseId))[0] === '1 released schedule' ? true : undefined,
    );
    expect(await injectStates(first, exerciseId)).toEqual([
      '1 released schedule',
      '2 pending',
      '3 pending',
      '4 pending',
    ]);
    first.child.kill('SIGKILL');
    await first.exit;

    // Back 90 s later by the node's clock: inject 3 (scenario 0:01) fell due while it was down.
    const second = serve(dataDir, 90_000);
    await second.ready;
    await waitFor(async () =>
      (await injectStates(second, exerciseId))[2]?.startsWith('3 released') ? true : undefined,
    );
    await call(second, `/exercises/${exerciseId}/clock`, { action: 'pause' });
    const paused = (await call(second, `/exercises/${exerciseId}`)).body;
    expect(paused.clock.state).toBe('paused');
    expect(paused.clock.offsetSeconds).toBeGreaterThanOrEqual(90);
    second.child.kill('SIGKILL');
    await second.exit;

    // Twenty minutes later, paused: inject 4 (0:10) is not released and nothing repeats.
    const third = serve(dataDir, 20 * 60_000);
    await third.ready;
    const exercise = (await call(third, `/exercises/${exerciseId}`)).body;
    expect(exercise.clock).toEqual(paused.clock);
    expect(await injectStates(third, exerciseId)).toEqual([
      '1 released schedule',
      '2 pending',
      '3 released schedule',
      '4 pending',
    ]);
    const timeline = (await call(third, `/incidents/${exercise.incidentId}/timeline`)).body as {
      text: string;
    }[];
    expect(
      timeline.filter((e) => e.text.startsWith('EXERCISE INJECT')).map((e) => e.text.slice(0, 17)),
    ).toEqual(['EXERCISE INJECT 1', 'EXERCISE INJECT 3']);
  });
});
