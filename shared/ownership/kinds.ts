import { catalogImportShape, catalogServiceShape } from '../schema/catalog.ts';
import { vendorEngagementShape, vendorShape } from '../schema/vendor.ts';
import { vendorAccessGrantShape } from '../schema/vendorAccess.ts';
import { defineKind } from '../store/kind.ts';
import { byFields, listOf, objectOf, setOf } from '../sync/mergeRuleTypes.ts';

/**
 * A service's dependencies are added and removed one by one; each source's
 * ownership claim is its own item (two imports from different sources on
 * two nodes both stay, which is what makes a conflict visible); each
 * activity of the RACI merges on its own.
 */
const catalogServiceRule = objectOf({
  dependsOn: setOf(),
  claims: listOf({ key: (claim) => String(claim.source) }),
  raci: objectOf(),
});

/** Contacts and SLAs are edited one by one (by id, by severity); supported services are a set. */
const vendorRule = objectOf({
  serviceIds: setOf(),
  contacts: listOf({
    key: (contact) => String(contact.id),
    order: byFields('escalationLevel', 'id'),
  }),
  slas: listOf({ key: (sla) => String(sla.severity), order: byFields('severity') }),
});

/**
 * Contacts and commitments recorded on two nodes during a partition are
 * all kept; the first response and restore times are registers (the
 * command sets each once).
 */
const vendorEngagementRule = objectOf({
  contacts: listOf({ key: (contact) => String(contact.id), order: byFields('at', 'id') }),
  commitments: listOf({ key: (item) => String(item.id), order: byFields('at', 'id') }),
});

/** The service catalogue and its imports, vendors and their engagements: few records, in `records`. */
export const ownershipKinds = {
  catalogServices: defineKind({
    name: 'catalogServices',
    noun: 'catalogue service',
    shape: catalogServiceShape,
    version: 0,
    appendOnly: false,
    // The catalogue lists every service; routing looks up services by owning team.
    storage: { collection: 'records', columns: { scope: 'ownerTeamId' } },
    merge: catalogServiceRule,
  }),
  catalogImports: defineKind({
    name: 'catalogImports',
    noun: 'catalogue import',
    shape: catalogImportShape,
    version: 0,
    appendOnly: false,
    // The screen lists imports waiting for review, newest first.
    storage: { collection: 'records', columns: { status: 'status', dueAt: 'createdAt' } },
  }),
  vendors: defineKind({
    name: 'vendors',
    noun: 'vendor',
    shape: vendorShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: {} },
    merge: vendorRule,
  }),
  vendorEngagements: defineKind({
    name: 'vendorEngagements',
    noun: 'vendor engagement',
    shape: vendorEngagementShape,
    version: 0,
    appendOnly: false,
    // An incident lists its vendors; the console and the review list engaged ones.
    storage: {
      collection: 'records',
      columns: { scope: 'incidentId', status: 'status', category: 'vendorId' },
    },
    merge: vendorEngagementRule,
  }),
  vendorAccessGrants: defineKind({
    name: 'vendorAccessGrants',
    noun: 'vendor access grant',
    shape: vendorAccessGrantShape,
    version: 0,
    appendOnly: false,
    // An incident's grants. Expiry is read from each node's clock when a grant is checked, never swept.
    storage: { collection: 'records', columns: { scope: 'incidentId' } },
  }),
};
