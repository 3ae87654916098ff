import type { RendererFeature } from '../../app/rendererFeature.ts';
import { MetricsScreen } from './MetricsScreen.tsx';
import { MetricsWall } from './MetricsWall.tsx';
import './metrics.css';

/** Continuous improvement: response metrics and their wall panel. */
export const improvementScreens: RendererFeature = {
  name: 'improvement',
  screens: [
    { path: 'metrics', Component: MetricsScreen },
    { path: 'metrics/wall', Component: MetricsWall },
  ],
  nav: [{ to: '/metrics', label: 'Metrics' }],
};
