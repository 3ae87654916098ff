import { catalogImportShape, catalogServiceShape } from '../schema/catalog.ts';
import { defineKind } from '../store/kind.ts';
import { listOf, objectOf, setOf } from '../sync/mergeRuleTypes.ts';

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

/** The service catalogue and its imports: few records, in `records`. */
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
};
