import type { RendererFeature } from '../../app/rendererFeature.ts';
import { CatalogScreen } from './CatalogScreen.tsx';
import { IncidentVendorsScreen } from './IncidentVendorsScreen.tsx';
import './ownership.css';

/** Service ownership: the catalogue, its imports and ownership conflicts; an incident's vendors. */
export const ownershipScreens: RendererFeature = {
  name: 'ownership',
  screens: [
    { path: 'catalog', Component: CatalogScreen },
    { path: 'incidents/:incidentId/vendors', Component: IncidentVendorsScreen },
  ],
  nav: [{ to: '/catalog', label: 'Catalogue' }],
};
