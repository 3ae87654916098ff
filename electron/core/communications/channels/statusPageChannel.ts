import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChannelConfig } from '../channelConfig.ts';
import {
  ChannelError,
  httpFailure,
  networkFailure,
  type DeliveryChannel,
  type DeliveryRequest,
} from './deliveryChannel.ts';
import {
  statusPageAtom,
  statusPageHtml,
  withPost,
  type StatusPageDocument,
} from './statusPageDocument.ts';

type StatusPageConfig = NonNullable<ChannelConfig['statusPage']>;

function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode: 0o644 });
  renameSync(temporary, path);
}

/** Publish into a folder a web server (or a sync job) serves: status.json, index.html, feed.atom. */
function publishToFolder(
  config: StatusPageConfig & { folder: string },
  request: DeliveryRequest,
): string {
  mkdirSync(config.folder, { recursive: true });
  const jsonPath = join(config.folder, 'status.json');
  const current: StatusPageDocument = existsSync(jsonPath)
    ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as StatusPageDocument)
    : { title: config.title, updatedAt: request.sentAt, posts: [] };
  const page = withPost(
    { ...current, title: config.title },
    {
      id: request.key,
      incident: request.incident.reference,
      title: request.subject,
      body: request.body,
      publishedAt: request.sentAt,
    },
  );
  // The JSON is the page's source; written last so a crash leaves html/atom regenerable from it.
  writeAtomically(join(config.folder, 'index.html'), statusPageHtml(page));
  writeAtomically(join(config.folder, 'feed.atom'), statusPageAtom(page, config.publicUrl));
  writeAtomically(jsonPath, `${JSON.stringify(page, null, 2)}\n`);
  return `folder:${request.key}`;
}

/**
 * Push to an Atlassian Statuspage-compatible API: the incident's first
 * public statement creates an incident there, later ones update it.
 */
async function publishToApi(
  api: NonNullable<StatusPageConfig['api']>,
  request: DeliveryRequest,
): Promise<string> {
  const root = `/v1/pages/${encodeURIComponent(api.pageId)}/incidents`;
  const path = request.previousProviderId
    ? `${root}/${encodeURIComponent(request.previousProviderId)}`
    : root;
  const status =
    request.incident.status === 'resolved' || request.incident.status === 'closed'
      ? 'resolved'
      : 'investigating';
  let response: Response;
  try {
    response = await fetch(new URL(`${path}.json`, api.baseUrl), {
      method: request.previousProviderId ? 'PATCH' : 'POST',
      headers: {
        authorization: `OAuth ${api.apiKey}`,
        'content-type': 'application/json',
        'idempotency-key': request.key,
      },
      body: JSON.stringify({ incident: { name: request.subject, status, body: request.body } }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw networkFailure(error);
  }
  const text = await response.text();
  if (!response.ok) throw httpFailure(response.status, text);
  const id = (JSON.parse(text) as { id?: unknown }).id;
  if (typeof id !== 'string')
    throw new ChannelError('Status page API answered without an incident id');
  return id;
}

export function statusPageChannel(config: StatusPageConfig): DeliveryChannel {
  return {
    channel: 'statuspage',
    configured: true,
    // A folder post replaces itself by key; an API is trusted only when configured to be.
    deduplicates: config.api ? config.api.honoursIdempotencyKey : true,
    async send(request) {
      if (config.api) return { providerId: await publishToApi(config.api, request) };
      if (config.folder) {
        try {
          return { providerId: publishToFolder({ ...config, folder: config.folder }, request) };
        } catch (error) {
          throw new ChannelError(`could not write the status page: ${(error as Error).message}`);
        }
      }
      throw new ChannelError('no status page folder or API is configured on this node');
    },
  };
}
