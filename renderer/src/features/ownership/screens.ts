import type { RendererFeature } from '../../app/rendererFeature.ts';
import { CatalogScreen } from './CatalogScreen.tsx';
import './ownership.css';

/** Service ownership: the catalogue, its imports and ownership conflicts. */
export const ownershipScreens: RendererFeature = {
  name: 'ownership',
  screens: [{ path: 'catalog', Component: CatalogScreen }],
  nav: [{ to: '/catalog', label: 'Catalogue' }],
};
