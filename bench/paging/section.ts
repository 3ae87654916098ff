import type { BenchGoal } from '../goalTable.ts';

/**
 * One part of `npm run bench:paging`: a file in bench/paging/ exporting
 * `section`. The runner runs every section (or those named in
 * LANTERN_BENCH_PAGING_SECTIONS, comma-separated) and merges their goals.
 */
export interface PagingBenchSection {
  name: string;
  /** What it measures, printed before it runs. */
  describe: string;
  run(): Promise<{ goals: BenchGoal[]; details?: Record<string, unknown> }>;
}
