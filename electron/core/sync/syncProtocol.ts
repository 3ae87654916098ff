import { z } from 'zod';
import { COLLECTION_NAMES } from '../../../shared/store/layout.ts';

/**
 * Messages between two authenticated peers (after the handshake). The
 * dialling peer runs RxDB's replication protocol against the listening
 * peer, which answers as the master. Every frame is parsed with these
 * schemas before anything acts on it; anything else closes the connection.
 */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;
export const MAX_BATCH = 1000;

const collection = z.enum(COLLECTION_NAMES as [string, ...string[]]);
const document = z.record(z.string(), z.unknown());
const checkpoint = z.object({ id: z.string().max(200), lwt: z.number().finite() }).strict();
const requestId = z.number().int().nonnegative();

export const clientMessage = z.discriminatedUnion('t', [
  z
    .object({
      t: z.literal('pull'),
      id: requestId,
      c: collection,
      checkpoint: checkpoint.nullable(),
      limit: z.number().int().min(1).max(MAX_BATCH),
    })
    .strict(),
  z
    .object({
      t: z.literal('push'),
      id: requestId,
      c: collection,
      rows: z
        .array(
          z
            .object({ newDocumentState: document, assumedMasterState: document.optional() })
            .strict(),
        )
        .max(MAX_BATCH),
    })
    .strict(),
  z
    .object({
      t: z.literal('ack'),
      c: collection,
      docs: z
        .array(z.object({ id: z.string().max(200), clock: z.string().max(200) }).strict())
        .max(MAX_BATCH * 4),
    })
    .strict(),
]);
export type ClientMessage = z.infer<typeof clientMessage>;

export const serverMessage = z.discriminatedUnion('t', [
  z
    .object({
      t: z.literal('result'),
      id: requestId,
      documents: z.array(document),
      checkpoint: checkpoint.nullable(),
    })
    .strict(),
  z.object({ t: z.literal('conflicts'), id: requestId, documents: z.array(document) }).strict(),
  z.object({ t: z.literal('error'), id: requestId, message: z.string().max(2000) }).strict(),
  z
    .object({ t: z.literal('stream'), c: collection, documents: z.array(document), checkpoint })
    .strict(),
]);
export type ServerMessage = z.infer<typeof serverMessage>;

/** An authenticated, message-oriented link to one peer. WebSocket today; NATS JetStream later. */
export interface SyncChannel {
  readonly peer: PeerIdentity;
  send(message: ClientMessage | ServerMessage): void;
  /** Parsed JSON of each frame; the receiver validates it. */
  onMessage(handler: (message: unknown) => void): void;
  onClose(handler: () => void): void;
  close(reason: string): void;
}

export interface PeerIdentity {
  nodeId: string;
  name: string;
  /** host:port as seen or dialled. */
  address: string;
  /** The audit public key (PEM) it announced in the handshake. */
  auditKey?: string;
}
