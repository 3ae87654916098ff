import type { NodeFeature } from '../features/nodeFeature.ts';
import { DetectorStore } from './detectorStore.ts';
import { metricRoutes } from './metricRoutes.ts';
import { registerStreamDetectors, unregisterStreamDetectors } from './metricsIntake.ts';
import { StreamDetectors } from './streamDetectors.ts';

/**
 * Anomaly detection in the node: the metrics push route, and one detector
 * per stream whose learnt state is kept in `<data>/anomaly-detectors.sqlite`
 * and saved in full when the node stops.
 */
export const anomalyNodeFeature: NodeFeature = {
  name: 'anomaly',
  routes: metricRoutes,
  schedulers(runtime) {
    const store = new DetectorStore(runtime.dataDir);
    const detectors = new StreamDetectors(runtime.database, store, runtime.log);
    registerStreamDetectors(runtime.database, detectors);
    return {
      jobs: [],
      close() {
        unregisterStreamDetectors(runtime.database);
        detectors.saveAll();
        store.close();
      },
    };
  },
};
