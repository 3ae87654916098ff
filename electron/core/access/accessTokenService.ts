import type { AccessTokenDoc } from '../../../shared/schema/accessToken.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { HttpError } from '../http/httpErrors.ts';
import { hashMatches, tokenRecordId } from './credentialTokens.ts';
import type { Principal } from './principal.ts';

/**
 * Integration and wall tokens presented to this node. When each was last
 * used is kept here, per node, and shown in the token list: writing it to
 * the synced record on every request would make each API call a command.
 */
export class AccessTokenService {
  private readonly database: LanternDatabase;
  private readonly now: () => Date;
  private readonly lastUsed = new Map<string, string>();

  constructor(database: LanternDatabase, now: () => Date = () => new Date()) {
    this.database = database;
    this.now = now;
  }

  async authenticate(bearer: string): Promise<Principal> {
    const token = await this.find(bearer);
    const now = this.now();
    if (token.revokedAt)
      throw new HttpError(401, 'token-revoked', `The token "${token.name}" was revoked`);
    if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime())
      throw new HttpError(401, 'token-expired', `The token "${token.name}" has expired`);
    const owner = await kindStore(this.database).get('people', token.ownerId);
    if (!owner || owner.deactivatedAt)
      throw new HttpError(
        401,
        'token-owner-inactive',
        `The owner of "${token.name}" is no longer active`,
      );
    this.lastUsed.set(token.id, now.toISOString());
    if (token.purpose === 'wall') return { kind: 'wall', token };
    return {
      kind: 'integration',
      token,
      actor: {
        kind: 'integration',
        id: token.id,
        authentication: {
          credentialId: token.id,
          method: 'integration-token',
          scopes: token.scopes,
        },
      },
    };
  }

  lastUsedAt(tokenId: string): string | undefined {
    return this.lastUsed.get(tokenId);
  }

  private async find(bearer: string): Promise<AccessTokenDoc> {
    const id = tokenRecordId('lt1', bearer);
    const token = id ? await kindStore(this.database).get('accessTokens', id) : undefined;
    if (!token || !hashMatches(bearer, token.tokenHash))
      throw new HttpError(401, 'unauthenticated', 'This token is not known to the workspace');
    return token;
  }
}
