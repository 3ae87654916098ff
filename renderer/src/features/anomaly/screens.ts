import type { RendererFeature } from '../../app/rendererFeature.ts';
import { StreamsScreen } from './StreamsScreen.tsx';
import './streams.css';

/** Metric streams and their anomalies, under the alerts area (linked from the Alerts screen). */
export const anomalyScreens: RendererFeature = {
  name: 'anomaly',
  screens: [{ path: 'alerts/streams', Component: StreamsScreen }],
};
