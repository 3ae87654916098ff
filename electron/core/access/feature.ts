import { peopleRoutes } from './peopleRoutes.ts';
import type { NodeFeature } from '../features/nodeFeature.ts';
import { credentialRoutes } from './credentialRoutes.ts';
import { sessionRoutes } from './sessionRoutes.ts';
import { tokenRoutes } from './tokenRoutes.ts';

/** Sign-in, credentials and tokens over HTTP (docs/access.md). */
export const accessNodeFeature: NodeFeature = {
  name: 'access',
  routes: [...sessionRoutes, ...credentialRoutes, ...tokenRoutes, ...peopleRoutes],
};
