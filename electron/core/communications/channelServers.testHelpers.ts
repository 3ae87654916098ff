import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { webhookSignature } from './channels/webhookChannel.ts';

/** A message the loopback SMTP server accepted, with its envelope and raw headers. */
export interface CapturedMail {
  from: string;
  to: string[];
  messageId: string;
  subject: string;
  raw: string;
}

/** A real SMTP server on loopback that keeps every message it accepts. */
export async function startSmtpCapture() {
  const mails: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const header = (name: string) =>
          new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(raw)?.[1]?.trim() ?? '';
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: header('Message-ID'),
          subject: header('Subject'),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    mails,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function listen(server: Server): Promise<string> {
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

/**
 * A local HTTP server speaking the Twilio Messages API: Basic auth with the
 * account SID and token, form-encoded To/From/Body, 201 with a message SID.
 * Like providers that honour idempotency keys, a repeated Idempotency-Key
 * returns the original message instead of sending another. `down` answers
 * 503 (a provider outage).
 */
export async function startTwilioCompatibleSms(
  accountSid = 'AC0123456789',
  authToken = 'test-auth-token',
) {
  const messages: { sid: string; to: string; from: string; body: string; key: string }[] = [];
  const byKey = new Map<string, string>();
  const state = { down: false, requests: 0 };
  const server = createServer((request, response) => {
    void (async () => {
      state.requests += 1;
      const body = await readBody(request);
      const send = (status: number, payload: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(payload));
      };
      if (state.down) return send(503, { code: 20503, message: 'Service unavailable' });
      if (
        request.method !== 'POST' ||
        request.url !== `/2010-04-01/Accounts/${accountSid}/Messages.json`
      )
        return send(404, { code: 20404, message: 'not found' });
      const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
      if (request.headers.authorization !== expected)
        return send(401, { code: 20003, message: 'Authenticate' });
      const form = new URLSearchParams(body);
      const key = String(request.headers['idempotency-key'] ?? '');
      const seen = key ? byKey.get(key) : undefined;
      if (seen) return send(201, { sid: seen, status: 'queued' });
      const to = form.get('To') ?? '';
      if (!/^\+[1-9]\d{6,14}$/.test(to))
        return send(400, { code: 21211, message: `Invalid 'To' Phone Number: ${to}` });
      const sid = `SM${String(messages.length + 1).padStart(32, '0')}`;
      messages.push({ sid, to, from: form.get('From') ?? '', body: form.get('Body') ?? '', key });
      if (key) byKey.set(key, sid);
      send(201, { sid, status: 'queued', to });
    })();
  });
  const url = await listen(server);
  return { url, accountSid, authToken, messages, state, close: () => closeServer(server) };
}

/** A webhook receiver that checks the HMAC signature and drops repeated idempotency keys. */
export async function startWebhookReceiver(secret: string) {
  const received: { key: string; payload: Record<string, unknown>; validSignature: boolean }[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const timestamp = String(request.headers['x-lantern-timestamp'] ?? '');
      const signature = String(request.headers['x-lantern-signature'] ?? '');
      const validSignature = signature === webhookSignature(secret, timestamp, body);
      const key = String(request.headers['idempotency-key'] ?? '');
      if (!validSignature) {
        response.writeHead(401).end();
        return;
      }
      if (!received.some((r) => r.key === key))
        received.push({
          key,
          payload: JSON.parse(body) as Record<string, unknown>,
          validSignature,
        });
      response.writeHead(204).end();
    })();
  });
  const url = await listen(server);
  return { url, received, close: () => closeServer(server) };
}

/** An Atlassian Statuspage-compatible API: incidents created by POST and updated by PATCH. */
export async function startStatuspageApi(pageId = 'page123', apiKey = 'sp-key') {
  const incidents = new Map<string, { name: string; status: string; updates: string[] }>();
  const byKey = new Map<string, string>();
  const server = createServer((request, response) => {
    void (async () => {
      const body = JSON.parse((await readBody(request)) || '{}') as {
        incident?: { name: string; status: string; body: string };
      };
      const send = (status: number, payload: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(payload));
      };
      if (request.headers.authorization !== `OAuth ${apiKey}`)
        return send(401, { error: 'unauthorised' });
      const root = `/v1/pages/${pageId}/incidents`;
      const key = String(request.headers['idempotency-key'] ?? '');
      const repeated = key ? byKey.get(key) : undefined;
      if (repeated) return send(200, { id: repeated });
      if (request.method === 'POST' && request.url === `${root}.json` && body.incident) {
        const id = `sp${incidents.size + 1}`;
        incidents.set(id, {
          name: body.incident.name,
          status: body.incident.status,
          updates: [body.incident.body],
        });
        if (key) byKey.set(key, id);
        return send(201, { id, name: body.incident.name });
      }
      const match = new RegExp(`^${root}/([^/]+)\\.json$`).exec(request.url ?? '');
      const existing = match?.[1] ? incidents.get(match[1]) : undefined;
      if (request.method === 'PATCH' && existing && match?.[1] && body.incident) {
        existing.updates.push(body.incident.body);
        existing.status = body.incident.status;
        if (key) byKey.set(key, match[1]);
        return send(200, { id: match[1] });
      }
      send(404, { error: 'not found' });
    })();
  });
  const url = await listen(server);
  return { url, pageId, apiKey, incidents, close: () => closeServer(server) };
}

/** Email and SMS settings (communications.json) for the loopback SMTP capture and SMS provider. */
export function loopbackChannels(
  smtp: { port: number },
  sms: { url: string; accountSid: string; authToken: string },
  smsOptions: { honoursIdempotencyKey?: boolean } = {},
) {
  return {
    email: {
      host: '127.0.0.1',
      port: smtp.port,
      from: 'incidents@northwind-mutual.example',
      requireValidCertificate: false,
    },
    sms: {
      baseUrl: sms.url,
      accountSid: sms.accountSid,
      authToken: sms.authToken,
      from: '+15005550006',
      ...smsOptions,
    },
  };
}
