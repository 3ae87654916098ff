import { registerHooks } from 'node:module';
import type * as RxdbTestUtilsModule from 'rxdb/plugins/test-utils';

/**
 * Test and benchmark support only. rxdb/plugins/test-utils imports
 * `async-test-util` and `clone`, dev dependencies of RxDB that Lantern does
 * not install. A resolve hook maps them to tiny local stand-ins so RxDB's own
 * test suites and benchmark run unchanged.
 */
const SHIMS: Record<string, string> = {
  'async-test-util': new URL('./rxdbTestUtilsShims/asyncTestUtil.ts', import.meta.url).href,
  clone: new URL('./rxdbTestUtilsShims/clone.ts', import.meta.url).href,
};

let registered = false;

type RxdbTestUtils = typeof RxdbTestUtilsModule;

export async function loadRxdbTestUtils(): Promise<RxdbTestUtils> {
  if (!registered) {
    registerHooks({
      resolve(specifier, context, nextResolve) {
        const shim = SHIMS[specifier];
        return shim ? { url: shim, shortCircuit: true } : nextResolve(specifier, context);
      },
    });
    registered = true;
  }
  return import('rxdb/plugins/test-utils');
}
