import { z } from 'zod';

/**
 * A join code carries what a new node needs to join a workspace: the
 * workspace id, one peer's sync address, the invitation secret and that
 * peer's certificate fingerprint (pinned from the first connection on).
 * Text form: `lantern-join:` + base64url(JSON). Treat it like a password.
 */
export interface JoinCode {
  workspaceId: string;
  address: string;
  secret: string;
  fingerprint: string;
}

const PREFIX = 'lantern-join:';
const joinCodeShape = z
  .object({
    w: z.string().max(64),
    a: z.string().min(3).max(300),
    s: z.string().min(1).max(500),
    f: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
  })
  .strict();

export function encodeJoinCode(code: JoinCode): string {
  const payload = { w: code.workspaceId, a: code.address, s: code.secret, f: code.fingerprint };
  return PREFIX + Buffer.from(JSON.stringify(payload)).toString('base64url');
}

export class JoinCodeError extends Error {
  override name = 'JoinCodeError';
}

export function decodeJoinCode(text: string): JoinCode {
  const trimmed = text.trim();
  if (!trimmed.startsWith(PREFIX))
    throw new JoinCodeError('A join code starts with "lantern-join:"');
  let parsed;
  try {
    parsed = joinCodeShape.safeParse(
      JSON.parse(Buffer.from(trimmed.slice(PREFIX.length), 'base64url').toString('utf8')),
    );
  } catch {
    throw new JoinCodeError('The join code is damaged: copy it again');
  }
  if (!parsed.success) throw new JoinCodeError('The join code is damaged: copy it again');
  return {
    workspaceId: parsed.data.w,
    address: parsed.data.a,
    secret: parsed.data.s,
    fingerprint: parsed.data.f,
  };
}
