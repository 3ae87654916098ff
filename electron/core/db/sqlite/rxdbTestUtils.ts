import { registerHooks } from 'node:module';
import type { PerformanceTestConfig, PerformanceTestResult } from 'rxdb/plugins/test-utils';
import type { RxStorage } from 'rxdb';

/**
 * rxdb/plugins/test-utils imports `async-test-util` and `clone`, which are
 * dev dependencies of RxDB and not installed in Lantern. A resolve hook maps
 * them to tiny local stand-ins so RxDB's own benchmark code runs unchanged.
 */
const SHIMS: Record<string, string> = {
  'async-test-util': new URL('./shims/asyncTestUtil.ts', import.meta.url).href,
  clone: new URL('./shims/clone.ts', import.meta.url).href,
};

let registered = false;

type RunPerformanceTests = (
  storage: RxStorage<unknown, unknown>,
  description: string,
  config?: PerformanceTestConfig,
) => Promise<PerformanceTestResult>;

export async function loadRunPerformanceTests(): Promise<RunPerformanceTests> {
  if (!registered) {
    registerHooks({
      resolve(specifier, context, nextResolve) {
        const shim = SHIMS[specifier];
        return shim ? { url: shim, shortCircuit: true } : nextResolve(specifier, context);
      },
    });
    registered = true;
  }
  const testUtils = await import('rxdb/plugins/test-utils');
  return testUtils.runPerformanceTests as RunPerformanceTests;
}
