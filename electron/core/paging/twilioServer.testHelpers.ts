import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { twilioSignature } from './twilioSignature.ts';

export interface AcceptedSms {
  sid: string;
  to: string;
  from: string;
  body: string;
  acceptedAt: number;
}

export interface AcceptedCall {
  sid: string;
  to: string;
  from: string;
  twiml: string;
  /** The Gather action the provider would call back when a key is pressed. */
  gatherUrl: string | undefined;
  acceptedAt: number;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const unescapeXml = (text: string) =>
  text.replace(
    /&(lt|gt|amp|apos|quot);/g,
    (_, e: string) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[e] ?? e,
  );

/**
 * A local Twilio-compatible provider: the Messages and Calls APIs (Basic
 * auth, form-encoded, 201 with a SID), and the callbacks Twilio makes to
 * the node — an inbound SMS reply and a Gather key press — each signed
 * with X-Twilio-Signature exactly as Twilio signs them.
 */
export async function startTwilioCompatibleProvider(
  accountSid = 'AC0123456789',
  authToken = 'test-auth-token',
) {
  const messages: AcceptedSms[] = [];
  const calls: AcceptedCall[] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const form = new URLSearchParams(await readBody(request));
      const send = (status: number, payload: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(payload));
      };
      const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
      if (request.headers.authorization !== expected)
        return send(401, { code: 20003, message: 'Authenticate' });
      const root = `/2010-04-01/Accounts/${accountSid}`;
      const to = form.get('To') ?? '';
      if (!/^\+[1-9]\d{6,14}$/.test(to))
        return send(400, { code: 21211, message: `Invalid 'To' Phone Number: ${to}` });
      if (request.method === 'POST' && request.url === `${root}/Messages.json`) {
        const sid = `SM${String(messages.length + 1).padStart(32, '0')}`;
        messages.push({
          sid,
          to,
          from: form.get('From') ?? '',
          body: form.get('Body') ?? '',
          acceptedAt: Date.now(),
        });
        return send(201, { sid, status: 'queued' });
      }
      if (request.method === 'POST' && request.url === `${root}/Calls.json`) {
        const sid = `CA${String(calls.length + 1).padStart(32, '0')}`;
        const twiml = form.get('Twiml') ?? '';
        const action = /<Gather[^>]*action="([^"]+)"/.exec(twiml)?.[1];
        calls.push({
          sid,
          to,
          from: form.get('From') ?? '',
          twiml,
          gatherUrl: action ? unescapeXml(action) : undefined,
          acceptedAt: Date.now(),
        });
        return send(201, { sid, status: 'queued' });
      }
      send(404, { code: 20404, message: 'not found' });
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** POST a form to the node as Twilio would: signed over the URL and the sorted parameters. */
  async function callBack(target: string, params: Record<string, string>, token = authToken) {
    const response = await fetch(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilioSignature(token, target, params),
      },
      body: new URLSearchParams(params),
    });
    return { status: response.status, text: await response.text() };
  }

  return {
    url,
    accountSid,
    authToken,
    messages,
    calls,
    /** The person replies to an SMS: Twilio posts it to the node's inbound SMS URL. */
    reply: (inboundUrl: string, from: string, body: string, token?: string) =>
      callBack(
        inboundUrl,
        {
          AccountSid: accountSid,
          From: from,
          To: '+15005550006',
          Body: body,
          MessageSid: `SM-in-${Date.now()}`,
        },
        token,
      ),
    /** The person presses keys in a call: Twilio posts the digits to the Gather action. */
    pressKeys: (call: AcceptedCall, digits: string) =>
      callBack(call.gatherUrl ?? '', {
        AccountSid: accountSid,
        CallSid: call.sid,
        From: call.from,
        To: call.to,
        Digits: digits,
      }),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((done) => server.close(() => done()));
    },
  };
}

export type TwilioCompatibleProvider = Awaited<ReturnType<typeof startTwilioCompatibleProvider>>;
