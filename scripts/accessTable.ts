import { readFileSync, writeFileSync } from 'node:fs';
import { withCurrentTable } from '../shared/access/permissionTable.ts';

/** Rewrites the permission table in docs/access.md from the command registry. */
const target = new URL('../docs/access.md', import.meta.url);
writeFileSync(target, withCurrentTable(readFileSync(target, 'utf8')));
console.log(`wrote ${target.pathname}`);
