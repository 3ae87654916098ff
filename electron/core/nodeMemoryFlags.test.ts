import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_MEMORY_FLAGS } from './nodeMemoryFlags.ts';

const packageJson = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { scripts: Record<string, string> };

describe('the node memory flags', () => {
  it.each(['serve', 'serve:nobuild'])('are given to the node by `npm run %s`', (script) => {
    const command = packageJson.scripts[script] ?? '';
    const nodeArgs = command.slice(command.lastIndexOf('node ')).split(' ');
    for (const flag of NODE_MEMORY_FLAGS) expect(nodeArgs).toContain(flag);
  });
});
