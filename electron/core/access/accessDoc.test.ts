import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  documentedTable,
  permissionTable,
  tableRows,
} from '../../../shared/access/permissionTable.ts';
import { COMMAND_NAMES } from '../../../shared/commands/registry.ts';

const docPath = join(import.meta.dirname, '..', '..', '..', 'docs', 'access.md');

describe('docs/access.md', () => {
  it('lists every command of the registry with who may run it, as the registry declares (npm run docs:access)', () => {
    const document = readFileSync(docPath, 'utf8');
    expect(tableRows(documentedTable(document))).toEqual(tableRows(permissionTable()));
    for (const name of COMMAND_NAMES) expect(permissionTable()).toContain(`| \`${name}\` |`);
  });
});
