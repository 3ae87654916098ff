import type { VendorAccessGrantDoc } from '../../schema/vendorAccess.ts';

/** The policy's longest grant: access is re-approved at least this often. */
export const VENDOR_ACCESS_MAX_HOURS = 12;
/** Grants ending within this lead are flagged so someone extends or lets them lapse on purpose. */
export const VENDOR_ACCESS_WARNING_MINUTES = 60;

export type GrantState = 'active' | 'expiring' | 'expired' | 'revoked';

/** Where a grant stands at `now` on this node's clock. */
export function grantState(grant: VendorAccessGrantDoc, now: Date): GrantState {
  if (grant.revokedAt && Date.parse(grant.revokedAt) <= now.getTime()) return 'revoked';
  const left = Date.parse(grant.expiresAt) - now.getTime();
  if (left <= 0) return 'expired';
  return left <= VENDOR_ACCESS_WARNING_MINUTES * 60_000 ? 'expiring' : 'active';
}

/** Whether the grant lets its engineer act on `incidentId` now. */
export function grantAllows(grant: VendorAccessGrantDoc, incidentId: string, now: Date): boolean {
  const state = grantState(grant, now);
  return grant.incidentId === incidentId && (state === 'active' || state === 'expiring');
}
