// The headless node: `npm run serve -- --data <dir> --port <port> ...`.
import { startupWallToken, wallUrl } from './access/startupWallToken.ts';
import { startNode } from './node.ts';
import { USAGE, UsageError, parseServeArguments, wantsHelp } from './serveOptions.ts';

async function main(): Promise<void> {
  if (wantsHelp(process.argv.slice(2))) {
    console.log(USAGE);
    return;
  }
  const options = parseServeArguments(process.argv.slice(2));
  const node = await startNode(options);
  const openUrl = `${node.url}/?token=${encodeURIComponent(node.token)}`;
  const wallToken = await startupWallToken(node);
  console.log(`Lantern node ${node.nodeId} is running`);
  console.log(`  data:          ${node.dataDir}`);
  if (node.sync)
    console.log(
      `  sync:          ${node.sync.advertisedAddress()} (certificate ${node.sync.fingerprint})`,
    );
  console.log(`  console:       ${openUrl}`);
  console.log(
    wallToken
      ? `  wall display:  ${wallUrl(node.url, wallToken)} (read-only wall token)`
      : '  wall display:  no workspace yet; an administrator creates a wall token (POST /api/v1/tokens)',
  );
  console.log(`  API:           ${node.url}/api/v1 (Authorization: Bearer ${node.token})`);
  console.log(`  token:         ${node.token}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Received ${signal}: stopping the node`);
    node.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Clean shutdown failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(`Lantern node could not start: ${(error as Error).message}`);
  process.exit(1);
});
