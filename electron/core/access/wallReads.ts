import type { AccessTokenDoc } from '../../../shared/schema/accessToken.ts';

/** What a wall display reads over HTTP: the API description and incidents (its pinned ones only). */
export function wallMayRead(token: AccessTokenDoc, pathname: string): boolean {
  if (pathname === '/api/v1/openapi.json') return true;
  const incident =
    /^\/api\/v1\/incidents(?:\/([^/]+)(?:\/(timeline|escalations|handoff-status|decisions))?)?$/.exec(
      pathname,
    );
  if (!incident) return false;
  const id = incident[1] ? decodeURIComponent(incident[1]) : undefined;
  if (!token.incidentIds?.length) return true;
  return id !== undefined && token.incidentIds.includes(id);
}
