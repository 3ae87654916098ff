// Paging benchmark: `npm run bench:paging`. Runs every section in
// bench/paging/ (each file exporting `section`; see section.ts), or only
// those named in LANTERN_BENCH_PAGING_SECTIONS=takeover,…, prints one
// goal table and writes bench/results/paging.json with the merged goals.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printGoalTable, type BenchGoal } from './goalTable.ts';
import type { PagingBenchSection } from './paging/section.ts';

const sectionsDir = fileURLToPath(new URL('./paging/', import.meta.url));
const resultsFile = fileURLToPath(new URL('./results/paging.json', import.meta.url));

async function loadSections(): Promise<PagingBenchSection[]> {
  const wanted = process.env.LANTERN_BENCH_PAGING_SECTIONS?.split(',').map((s) => s.trim());
  const sections: PagingBenchSection[] = [];
  for (const file of readdirSync(sectionsDir).sort()) {
    if (!file.endsWith('.ts') || file === 'section.ts') continue;
    const module = (await import(pathToFileURL(`${sectionsDir}${file}`).href)) as {
      section?: PagingBenchSection;
    };
    if (!module.section) continue;
    if (wanted && !wanted.includes(module.section.name)) continue;
    sections.push(module.section);
  }
  return sections;
}

const goals: BenchGoal[] = [];
const details: Record<string, unknown> = {};
for (const section of await loadSections()) {
  console.log(`paging bench — ${section.name}: ${section.describe}`);
  const result = await section.run();
  goals.push(...result.goals);
  details[section.name] = result.details ?? {};
}
printGoalTable(goals);
mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
writeFileSync(
  resultsFile,
  `${JSON.stringify({ at: new Date().toISOString(), goals, sections: details }, null, 2)}\n`,
);
console.log(`wrote ${resultsFile}`);
