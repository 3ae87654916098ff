/**
 * V8 flags every Lantern node process starts with (`npm run serve`, the
 * benchmarks, the process tests; the Electron utility process passes them as
 * execArgv). Measured on an idle demo node (Node 22, see bench/idle.ts):
 *
 * - V8's default young generation grows to two 16 MiB semi-spaces, and once
 *   scavenges have touched both they stay resident: ~28 MiB of an idle
 *   node's memory for garbage. 2 MiB semi-spaces promote a little earlier.
 * - `--optimize-for-size` makes V8 keep its heap tight (smaller growing
 *   factor, eager memory reducer), so the garbage of a large read (a long
 *   timeline sent to a window) is returned instead of kept as headroom.
 *
 * Together they take an idle demo node from ~215 MB to ~150 MB resident and
 * a seeding run's peak from ~265 MB to ~180 MB, for about 10% more time in a
 * write-heavy seeding run (within the noise of a loaded machine).
 */
export const NODE_MEMORY_FLAGS: readonly string[] = [
  '--max-semi-space-size=2',
  '--optimize-for-size',
];
