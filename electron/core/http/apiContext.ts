import type { Actor } from '../../../shared/commands/command.ts';
import type { NodeInfo } from '../../../shared/contract/nodeInfo.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { AccessTokenService } from '../access/accessTokenService.ts';
import type { SessionService } from '../access/sessionService.ts';
import type { ChannelConfig } from '../communications/channelConfig.ts';
import type { SyncService } from '../sync/syncService.ts';

/** What the HTTP API needs from the node. */
export interface ApiContext {
  database: LanternDatabase;
  execute(name: string, input: unknown, actor: Actor): Promise<unknown>;
  info(): NodeInfo;
  seedDemo(actor?: Actor): Promise<unknown>;
  /** The node's channel settings (secrets): inbound paging routes check providers' signatures with them. */
  channelConfig?: () => ChannelConfig;
  /** Peer sync, when the node runs it. */
  sync?: Pick<SyncService, 'status' | 'joinCode' | 'digest'>;
  /** Sign-in and tokens (electron/core/access). */
  access: { sessions: SessionService; tokens: AccessTokenService };
}
