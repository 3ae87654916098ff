import { defineSharedFeature } from '../feature.ts';
import { applyCatalogImport, discardCatalogImport } from './commands/applyCatalogImport.ts';
import { stageCatalogImport } from './commands/stageCatalogImport.ts';
import { grantVendorAccess, revokeVendorAccess } from './commands/vendorAccess.ts';
import { recordVendorContact, releaseVendor } from './commands/vendorContacts.ts';
import { engageVendor, registerVendor } from './commands/vendors.ts';

/** Service ownership: the catalogue and its imports, the ownership matrix, vendors. */
export const ownershipFeature = defineSharedFeature({
  name: 'ownership',
  commands: {
    stageCatalogImport,
    applyCatalogImport,
    discardCatalogImport,
    registerVendor,
    engageVendor,
    recordVendorContact,
    releaseVendor,
    grantVendorAccess,
    revokeVendorAccess,
  },
});
