// Paging benchmark: `npm run bench:paging`. Runs every goal section in
// bench/paging/*.ts (each exports `goals(): Promise<BenchGoal[]>`), prints
// one table and writes bench/results/paging.json. Sections live in their
// own files so new ones (takeover after SIGKILL) merge without conflicts.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printGoalTable, type BenchGoal } from './goalTable.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const sectionsDir = path.join(here, 'paging');
const resultsFile = path.join(here, 'results', 'paging.json');

interface GoalSection {
  goals(): Promise<BenchGoal[]>;
}

const goals: BenchGoal[] = [];
for (const file of readdirSync(sectionsDir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const section = (await import(pathToFileURL(path.join(sectionsDir, file)).href)) as GoalSection;
  goals.push(...(await section.goals()));
}
printGoalTable(goals);
mkdirSync(path.dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify({ goals }, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), resultsFile)}`);
process.exit(0);
