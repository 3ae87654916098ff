/** Commands completed by concurrent callers over a fixed time, with their latencies. */
export type ThroughputRun = {
  callers: number;
  seconds: number;
  commands: number;
  perSecond: number;
  latencyMs: { p50: number; p95: number; max: number };
  peakRssMb: number;
  /** CPU time of the whole node process per command: what the machine's load does not change much. */
  cpuMsPerCommand: number;
};

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** `callers` loops each run `command` back to back until `seconds` have passed. */
export async function sustain(
  command: (text: string) => Promise<unknown>,
  callers: number,
  seconds: number,
): Promise<ThroughputRun> {
  const latencies: number[] = [];
  let peakRss = process.memoryUsage().rss;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const until = start + seconds * 1000;
  const loop = async (caller: number) => {
    for (let n = 0; performance.now() < until; n++) {
      const sent = performance.now();
      await command(`caller ${caller}, entry ${n}`);
      latencies.push(performance.now() - sent);
      if (n % 64 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  };
  await Promise.all(Array.from({ length: callers }, (_, caller) => loop(caller)));
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  return {
    callers,
    seconds: round(elapsed, 2),
    commands: latencies.length,
    perSecond: round(latencies.length / elapsed),
    latencyMs: { p50: at(0.5), p95: at(0.95), max: round(latencies.at(-1) ?? NaN) },
    peakRssMb: round(peakRss / 1024 / 1024),
    cpuMsPerCommand: round((cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length), 3),
  };
}
