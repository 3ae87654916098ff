import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runToEnd } from './childProcess.ts';

export interface SeededFolder {
  bigIncidentId: string;
  seedSeconds: number;
}

/** The renderer the node serves; built once when dist/renderer is missing. */
export async function ensureRendererBuilt(repoRoot: string): Promise<'built' | 'present'> {
  if (existsSync(join(repoRoot, 'dist', 'renderer', 'index.html'))) return 'present';
  await runToEnd('npm', ['run', 'build:renderer'], repoRoot);
  return 'built';
}

/** Seed the data folder in its own process, through the node's commands (see seedNode.ts). */
export async function seedDataFolder(
  repoRoot: string,
  dataDir: string,
  incidents: number,
  entries: number,
): Promise<SeededFolder> {
  const script = join(repoRoot, 'bench', 'ui', 'seedNode.ts');
  const output = await runToEnd(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', script, dataDir, String(incidents), String(entries)],
    repoRoot,
  );
  const last = output.trim().split('\n').pop() ?? '{}';
  const seeded = JSON.parse(last) as { bigIncidentId: string; seconds: number };
  return { bigIncidentId: seeded.bigIncidentId, seedSeconds: seeded.seconds };
}

/** Which code was measured: the commit checked out and when the served renderer was built. */
export function measuredBuild(repoRoot: string): { commit: string; rendererBuiltAt: string } {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot })
    .toString()
    .trim();
  const index = join(repoRoot, 'dist', 'renderer', 'index.html');
  return { commit, rendererBuiltAt: statSync(index).mtime.toISOString() };
}

/**
 * Seeding 50,000 entries takes many minutes. With LANTERN_BENCH_UI_SEED=<dir>
 * the first run keeps a pristine seeded copy there (and what it seeded), and
 * later runs of the same size copy it instead of seeding again: the served
 * folder is identical, so a change can be measured again in minutes.
 */
export async function seededFromCache(
  repoRoot: string,
  dataDir: string,
  incidents: number,
  entries: number,
): Promise<SeededFolder> {
  const cacheDir = process.env.LANTERN_BENCH_UI_SEED;
  if (!cacheDir) return seedDataFolder(repoRoot, dataDir, incidents, entries);
  const cached = join(cacheDir, `${incidents}-incidents-${entries}-entries`);
  const about = join(cached, 'seeded.json');
  if (!existsSync(about)) {
    const seeded = await seedDataFolder(repoRoot, join(cached, 'data'), incidents, entries);
    writeFileSync(about, JSON.stringify(seeded));
  }
  cpSync(join(cached, 'data'), dataDir, { recursive: true });
  return JSON.parse(readFileSync(about, 'utf8')) as SeededFolder;
}
