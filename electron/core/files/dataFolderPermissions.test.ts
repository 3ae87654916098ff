import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startNode } from '../node.ts';
import { secureDataFolder } from './dataFolderPermissions.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const modeOf = (path: string): number => statSync(path).mode & 0o777;

/** A data folder someone made by hand: world-readable folder and files. */
function openFolder(): string {
  const parent = mkdtempSync(join(tmpdir(), 'lantern-perms-'));
  made.push(parent);
  const dataDir = join(parent, 'data');
  mkdirSync(join(dataDir, 'exports'), { recursive: true });
  writeFileSync(join(dataDir, 'notes.txt'), 'left here by an operator');
  writeFileSync(join(dataDir, 'exports', 'brief.md'), '# brief');
  chmodSync(join(dataDir, 'notes.txt'), 0o644);
  chmodSync(join(dataDir, 'exports', 'brief.md'), 0o666);
  chmodSync(join(dataDir, 'exports'), 0o755);
  chmodSync(dataDir, 0o755);
  return dataDir;
}

function everyPath(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map((name) => join(dir, String(name)));
}

describe.skipIf(process.platform === 'win32')('data folder permissions', () => {
  it('tightens a folder and files that are readable by others, and says which', () => {
    const dataDir = openFolder();
    expect(secureDataFolder(dataDir).sort()).toEqual(
      ['', 'exports', 'exports/brief.md', 'notes.txt'].sort(),
    );
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, 'exports'))).toBe(0o700);
    expect(modeOf(join(dataDir, 'notes.txt'))).toBe(0o600);
    expect(secureDataFolder(dataDir)).toEqual([]);
  });

  it('a node started on an existing open folder leaves the database and everything else owner-only', async () => {
    const dataDir = openFolder();
    const logged: string[] = [];
    const node = await startNode({ dataDir, port: 0, log: (line) => logged.push(line) });
    try {
      await node.execute(
        'createWorkspace',
        { workspaceName: 'Northwind', displayName: 'Ada' },
        { kind: 'system', id: 'test' },
      );
      expect(modeOf(dataDir)).toBe(0o700);
      const files = everyPath(dataDir);
      expect(files.some((path) => path.endsWith('.sqlite'))).toBe(true);
      for (const path of files)
        expect(modeOf(path), path).toBe(statSync(path).isDirectory() ? 0o700 : 0o600);
      expect(logged.join('\n')).toMatch(/made owner-only/);
    } finally {
      await node.close();
    }
  });
});
