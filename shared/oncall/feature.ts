import { defineSharedFeature } from '../feature.ts';
import { overrideOnCall } from './overrideOnCall.ts';
import { removeOnCallOverride } from './removeOnCallOverride.ts';
import { setRotationLayers } from './setRotationLayers.ts';

/**
 * On call: covers (overrides) and layers of rotations. Rotations are
 * organisation units, owned by the workspace feature, so it owns no kind.
 */
export const onCallFeature = defineSharedFeature({
  name: 'oncall',
  commands: { overrideOnCall, removeOnCallOverride, setRotationLayers },
});
