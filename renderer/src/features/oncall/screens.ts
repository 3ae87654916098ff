import type { RendererFeature } from '../../app/rendererFeature.ts';
import { OnCallScreen } from './OnCallScreen.tsx';
import './onCall.css';

/** On call: every rotation, who is on call now, layers and covers. */
export const onCallScreens: RendererFeature = {
  name: 'oncall',
  screens: [{ path: 'on-call', Component: OnCallScreen }],
  nav: [{ to: '/on-call', label: 'On call' }],
};
