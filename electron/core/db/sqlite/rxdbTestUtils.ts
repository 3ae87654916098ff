import type * as RxdbTestUtilsModule from 'rxdb/plugins/test-utils';

type RxdbTestUtils = typeof RxdbTestUtilsModule;

/**
 * Test and benchmark support only: RxDB's own test utilities (replication
 * suite, performance benchmark). Loaded lazily so production code never
 * pulls in their dev dependencies (async-test-util, clone).
 */
export async function loadRxdbTestUtils(): Promise<RxdbTestUtils> {
  return import('rxdb/plugins/test-utils');
}
