// Heap held per stream: many detectors kept alive after each has learned a
// few thousand points, measured with forced garbage collection.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createLanternDetector } from '../../shared/anomaly/lanternDetector.ts';
import type { StreamDetector } from '../../shared/anomaly/streamDetector.ts';

function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export function heapBytesPerStream(streams: number, pointsEach: number): number {
  const gc = collector();
  gc();
  const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const detectors: StreamDetector[] = [];
  for (let s = 0; s < streams; s++) {
    const detector = createLanternDetector();
    for (let i = 0; i < pointsEach; i++) {
      detector.observe(1_700_000_000_000 + i * 300_000, 50 + 10 * Math.sin(i / (s + 3)) + (i % 7));
    }
    detectors.push(detector);
  }
  gc();
  const after = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  return detectors.length === 0 ? 0 : (after - before) / detectors.length;
}
