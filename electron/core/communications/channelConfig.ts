import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { zodProblems } from '../../../shared/commands/zodProblems.ts';

const url = z.url({ protocol: /^https?$/ });

/**
 * Where this node sends messages, and with which secrets. Lives in the
 * data folder (`communications.json`) or the node's start options — never
 * in synced documents, so a peer never learns another node's credentials.
 */
export const channelConfig = z
  .object({
    email: z
      .object({
        host: z.string().min(1),
        port: z.number().int().min(1).max(65535).default(587),
        /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
        secure: z.boolean().default(false),
        user: z.string().optional(),
        pass: z.string().optional(),
        from: z.string().min(3),
        /** Refuse servers without valid certificates (set false only for a lab relay). */
        requireValidCertificate: z.boolean().default(true),
      })
      .strict()
      .optional(),
    sms: z
      .object({
        /** A Twilio-compatible API root, e.g. https://api.twilio.com */
        baseUrl: url,
        accountSid: z.string().min(1),
        authToken: z.string().min(1),
        from: z.string().min(3),
        /** The provider drops a repeated Idempotency-Key (Twilio's Messages API does not say it does). */
        honoursIdempotencyKey: z.boolean().default(false),
      })
      .strict()
      .optional(),
    /** Pages by voice call through a Twilio-compatible Calls API (TwiML Say + Gather). */
    voice: z
      .object({
        baseUrl: url,
        accountSid: z.string().min(1),
        authToken: z.string().min(1),
        from: z.string().min(3),
      })
      .strict()
      .optional(),
    /**
     * Where providers and people reach this node from outside: SMS replies,
     * call key presses and e-mail acknowledgement links are addressed to it.
     */
    paging: z
      .object({
        publicUrl: url,
        /** How long an e-mail's one-time acknowledgement link works. */
        linkMinutes: z.number().int().min(5).max(1440).default(60),
      })
      .strict()
      .optional(),
    /** Webhook endpoints by name; an audience's webhook recipient names one as its address. */
    webhooks: z
      .record(z.string(), z.object({ url, secret: z.string().min(16) }).strict())
      .default({}),
    statusPage: z
      .object({
        /** Publish a static page (index.html, status.json, feed.atom) into this folder. */
        folder: z.string().min(1).optional(),
        /** Public URL the page is served from, for the Atom feed's links. */
        publicUrl: url.optional(),
        title: z.string().default('Service status'),
        /** Or push to an Atlassian Statuspage-compatible API. */
        api: z
          .object({
            baseUrl: url,
            pageId: z.string().min(1),
            apiKey: z.string().min(1),
            honoursIdempotencyKey: z.boolean().default(false),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ChannelConfig = z.infer<typeof channelConfig>;
export type ChannelConfigInput = z.input<typeof channelConfig>;

export const CHANNEL_CONFIG_FILE = 'communications.json';

export class ChannelConfigError extends Error {
  override name = 'ChannelConfigError';
}

/** The node's channel configuration: the data folder's file, overridden by start options. */
export function loadChannelConfig(
  dataDir: string,
  fromOptions?: ChannelConfigInput,
): ChannelConfig {
  const path = join(dataDir, CHANNEL_CONFIG_FILE);
  const fromFile = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>)
    : {};
  const parsed = channelConfig.safeParse({ ...fromFile, ...(fromOptions ?? {}) });
  if (!parsed.success) {
    const first = zodProblems(parsed.error)[0];
    throw new ChannelConfigError(`${path} is not valid — ${first?.field}: ${first?.reason}`);
  }
  return parsed.data;
}
