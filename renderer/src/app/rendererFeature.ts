import type { RouteObject } from 'react-router-dom';

/** A link in the header's Views navigation. */
export interface ViewLink {
  to: string;
  label: string;
}

/**
 * A feature's screens: routes inside the app shell (a workspace exists and
 * a person is chosen) and, for screens people go to directly, a link in the
 * header. The router and the header are assembled from `app/features.ts`.
 */
export interface RendererFeature {
  name: string;
  screens: RouteObject[];
  nav?: ViewLink[];
}
