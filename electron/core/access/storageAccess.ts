import type { StorageClientMode } from '../remote/webSocketAuth.ts';
import { principalForToken, type RequestAuthenticatorDeps } from './requestAuthentication.ts';

/**
 * What a storage WebSocket's token opens: the console's reads for the
 * operator and signed-in people, the read-only wall mode for a wall token,
 * nothing for integrations (they use the HTTP API) or unknown tokens.
 */
export async function storageModeFor(
  deps: RequestAuthenticatorDeps,
  bearer: string,
): Promise<StorageClientMode | undefined> {
  try {
    const principal = await principalForToken(deps, bearer);
    if (principal.kind === 'wall') return 'wall';
    if (principal.kind === 'integration') return undefined;
    return 'console';
  } catch {
    return undefined;
  }
}
