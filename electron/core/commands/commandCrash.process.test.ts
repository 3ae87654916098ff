import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import type { WriteStep } from './commandExecutor.ts';
import type { StoredCommandReport } from './testProcesses/storedCommandCheck.ts';

const streamScript = join(import.meta.dirname, 'testProcesses', 'commandStream.ts');
const STEPS: WriteStep[] = [
  'planned',
  'documents-written',
  'audit-written',
  'before-commit',
  'after-commit',
];
/**
 * Each life of the node costs seconds (most of it loading modules), so the
 * test injects crashes at every step of the write path, at different visits
 * of that step, rather than killing blindly hundreds of times; a few kills
 * from outside land wherever the node happens to be.
 */
const ROUNDS_PER_STEP = 2;
const OUTSIDE_KILLS = 4;

type Round = { crash: string; killAfterAcks?: number };
type RoundResult = { report: StoredCommandReport; acks: string[]; signal: string | null };

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** One life of the node: start, report what the last life left, stream commands, die. */
function runRound(dataDir: string, ackedFile: string, round: Round): Promise<RoundResult> {
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', streamScript, dataDir, ackedFile, round.crash, '4'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const acks: string[] = [];
  let report: StoredCommandReport | undefined;
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('verified ')) report = JSON.parse(line.slice('verified '.length));
    if (!line.startsWith('ack ')) return;
    acks.push(line.slice('ack '.length));
    if (round.killAfterAcks !== undefined && acks.length >= round.killAfterAcks)
      child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) =>
    child.once('exit', (_code, signal) => {
      if (!report) reject(new Error(`the node died before it reported:\n${stderr}`));
      else resolve({ report, acks, signal });
    }),
  );
}

/** Crash points spread over each step's first visits, so groups differ in size and position. */
function rounds(): Round[] {
  const planned: Round[] = [];
  for (let r = 0; r < ROUNDS_PER_STEP; r++) {
    for (const [s, step] of STEPS.entries()) {
      planned.push({ crash: `${step}:${1 + ((r * 7 + s * 3) % 17)}` });
    }
  }
  for (let r = 0; r < OUTSIDE_KILLS; r++) {
    planned.splice(r * 3 + 1, 0, { crash: 'none', killAfterAcks: 1 + ((r * 11) % 29) });
  }
  // The last life only reports what the one before left: it dies at its first plan.
  planned.push({ crash: 'planned:1' });
  return planned;
}

describe('commands across SIGKILL at every point of the write path', () => {
  it('keeps every acknowledged command and never a change without its audit entry', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lantern-command-crash-'));
    folders.push(dataDir);
    const ackedFile = join(dataDir, '..', `${dataDir.split('/').pop()}-acked.txt`);
    folders.push(ackedFile);
    const acknowledged: string[] = [];
    let entriesBefore = 0;
    for (const round of rounds()) {
      writeFileSync(ackedFile, acknowledged.join('\n'));
      const { report, acks, signal } = await runRound(dataDir, ackedFile, round);
      expect(report, `after a crash (next: ${round.crash})`).toMatchObject({
        chain: { ok: true },
        documentProblems: [],
        unaudited: [],
        lostAcknowledged: [],
      });
      expect(report.entries).toBeGreaterThanOrEqual(entriesBefore);
      expect(signal).toBe('SIGKILL');
      entriesBefore = report.entries;
      acknowledged.push(...acks);
    }
    // The stream made progress: most lives got commands acknowledged.
    expect(acknowledged.length).toBeGreaterThan(30);
  }, 400_000);
});
