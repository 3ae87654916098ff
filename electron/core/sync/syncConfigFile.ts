import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { zodProblems } from '../../../shared/commands/zodProblems.ts';
import type { NodeSyncOptions } from '../node.ts';
import { syncOptions } from '../serveOptions.ts';

export const SYNC_CONFIG_FILE = 'sync.json';

/** `<data folder>/sync.json`: what the desktop app reads where the headless node takes flags. */
const syncConfigFile = z
  .object({
    /** The workspace secret (at least 16 characters), as `--workspace-secret`. */
    workspaceSecret: z.string().optional(),
    /** A join code from another node, as `--join`. */
    join: z.string().optional(),
    /** TLS port peers dial, as `--sync-port`. */
    syncPort: z.number().int().optional(),
    /** Peers' sync ports (host:port) to keep connected to, as `--peer`. */
    peers: z.array(z.string()).max(50).optional(),
    /** Announce and discover peers on the LAN (default true); false is `--no-mdns`. */
    mdns: z.boolean().optional(),
    /** Address the sync port listens on: "0.0.0.0" for the LAN (default: this computer only). */
    host: z.union([z.ipv4(), z.ipv6(), z.literal('localhost')]).optional(),
    /** A NATS JetStream hub, as the `--hub*` flags (docs/hub.md). */
    hub: z
      .object({
        servers: z.array(z.string()).min(1).max(20),
        user: z.string().optional(),
        password: z.string().optional(),
        nkeyFile: z.string().optional(),
        caFile: z.string().optional(),
        certFile: z.string().optional(),
        keyFile: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/**
 * The desktop app's peer-sync settings from the data folder, or undefined
 * when the file is absent (sync off). A file that is not valid is an error
 * naming the file and the field: the app does not start half-configured.
 */
export function readSyncConfigFile(dataDir: string): NodeSyncOptions | undefined {
  const path = join(dataDir, SYNC_CONFIG_FILE);
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = syncConfigFile.safeParse(raw);
  if (!parsed.success) {
    const problems = zodProblems(parsed.error).map((p) => `${p.field || '(file)'}: ${p.reason}`);
    throw new Error(`${path} is not valid: ${problems.join('; ')}`);
  }
  const file = parsed.data;
  try {
    const options = syncOptions({
      'workspace-secret': file.workspaceSecret,
      'sync-port': file.syncPort === undefined ? undefined : String(file.syncPort),
      peer: file.peers,
      join: file.join,
      'no-mdns': file.mdns === false,
      hub: file.hub?.servers,
      'hub-user': file.hub?.user,
      'hub-password': file.hub?.password,
      'hub-nkey': file.hub?.nkeyFile,
      'hub-ca': file.hub?.caFile,
      'hub-cert': file.hub?.certFile,
      'hub-key': file.hub?.keyFile,
    });
    return options && file.host ? { ...options, host: file.host } : options;
  } catch (error) {
    throw new Error(
      `${path} is not valid (fields mean what the serve flags do): ${(error as Error).message}`,
      { cause: error },
    );
  }
}
