import nodemailer from 'nodemailer';
import type { ChannelConfig } from '../channelConfig.ts';
import { ChannelError, type DeliveryChannel } from './deliveryChannel.ts';

type EmailConfig = NonNullable<ChannelConfig['email']>;

/**
 * Email over SMTP. The idempotency key is the Message-ID, so a retry after
 * a crash mid-send carries the same id and mail systems that deduplicate
 * by Message-ID show it once.
 */
export function emailChannel(config: EmailConfig): DeliveryChannel {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: config.pass ?? '' } } : {}),
    tls: { rejectUnauthorized: config.requireValidCertificate },
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    channel: 'email',
    configured: true,
    deduplicates: false,
    async send(request) {
      try {
        const info = await transport.sendMail({
          from: config.from,
          to: request.delivery.address,
          subject: request.subject,
          text: request.body,
          messageId: `<${request.key}@lantern.invalid>`,
          headers: {
            'X-Lantern-Incident': request.incident.reference,
            'X-Lantern-Idempotency-Key': request.key,
          },
        });
        return { providerId: info.messageId };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx replies are permanent (no such mailbox, relay refused); anything else may pass later.
        throw new ChannelError(
          `SMTP: ${(error as Error).message}`,
          code !== undefined && code >= 500,
        );
      }
    },
    close() {
      transport.close();
    },
  };
}
