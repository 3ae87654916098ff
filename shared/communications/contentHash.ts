import { nativeSha256 } from 'rxdb/plugins/utils';

/**
 * The hash of exactly what recipients read: subject, body, channels and
 * recipients. Approval records it; sending refuses when it changed.
 */
export function communicationContentHash(content: {
  subject: string;
  body: string;
  channels: readonly string[];
  recipients: readonly { channel: string; address: string }[];
}): Promise<string> {
  const canonical = JSON.stringify([
    content.subject,
    content.body,
    [...content.channels].sort(),
    content.recipients.map((r) => `${r.channel}:${r.address}`).sort(),
  ]);
  return nativeSha256(canonical);
}
