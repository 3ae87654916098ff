import { ChannelError, httpFailure, networkFailure } from './deliveryChannel.ts';

/** What every Twilio-compatible API call needs: where, and whose account. */
export interface TwilioAccount {
  baseUrl: string;
  accountSid: string;
  authToken: string;
}

/**
 * A Twilio-compatible resource (`Messages`, `Calls`): one form-encoded POST
 * with HTTP Basic auth and the idempotency key, answering the new resource's
 * SID. Network and HTTP failures become the channel's typed errors.
 */
export function twilioResource(account: TwilioAccount, resource: 'Messages' | 'Calls') {
  const endpoint = new URL(
    `/2010-04-01/Accounts/${encodeURIComponent(account.accountSid)}/${resource}.json`,
    account.baseUrl,
  );
  const auth = Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64');
  return async function create(
    form: URLSearchParams,
    key: string,
    missingSid: string,
  ): Promise<{ providerId: string }> {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          authorization: `Basic ${auth}`,
          'content-type': 'application/x-www-form-urlencoded',
          'idempotency-key': key,
        },
        body: form,
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw networkFailure(error);
    }
    const text = await response.text();
    if (!response.ok) throw httpFailure(response.status, text);
    const sid = (JSON.parse(text) as { sid?: unknown }).sid;
    if (typeof sid !== 'string') throw new ChannelError(missingSid);
    return { providerId: sid };
  };
}
