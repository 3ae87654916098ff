import { consumerOpts, type JetStreamClient, type JsMsg } from 'nats';
import type { CollectionName } from '../../../../shared/store/layout.ts';
import type { Doc, MasterEndpoint, Rejection } from '../masterEndpoint.ts';
import { primaryPathOf } from '../syncDocuments.ts';
import {
  HubMessageError,
  layoutTag,
  openEnvelope,
  type HubEnvelope,
  type HubNames,
} from './hubEnvelope.ts';

const BATCH = 200;

export interface PullTarget {
  names: HubNames;
  endpoint: MasterEndpoint;
  log(message: string): void;
  /** Sequence of the last message applied or refused here. */
  appliedSeq(): number;
  /** Every message up to `seq` is applied or refused (durable after the write). */
  applied(seq: number, behind: number): void;
  /** A version received from the hub (the push side need not publish it again). */
  received(collection: CollectionName, doc: Doc): void;
  /** A message or document refused: counted and logged, never applied. */
  refused(reason: string): void;
  /** A message from a node with another layout: stop here until this node is upgraded. */
  incompatible(reason: string): void;
}

/**
 * Read the workspace's stream from the last applied sequence on, in order,
 * and apply every message through the same gate as a peer's push
 * (MasterEndpoint.write: schema, clocks, append-only, per-field merge). A
 * message that does not open or does not validate is logged and never
 * applied; its sequence still counts as handled, so one bad message cannot
 * stall a node. Returns when the consumer ends (connection lost, stopped).
 */
export async function pullFromHub(
  js: JetStreamClient,
  target: PullTarget,
  isStopped: () => boolean,
): Promise<void> {
  // An ordered push consumer (client-side, nothing kept on the hub): the
  // client library restarts it where it stopped if a server goes away. The
  // pull consumers of nats.js's newer API never delivered on nats-server 2.9.
  const options = consumerOpts();
  options.orderedConsumer();
  const start = target.appliedSeq() + 1;
  if (start <= 1) options.deliverAll();
  else options.startSequence(start);
  const messages = await js.subscribe(`${target.names.subjectPrefix}.>`, options);
  const stopWatch = setInterval(() => {
    if (isStopped()) messages.unsubscribe();
  }, 250);
  let batch: JsMsg[] = [];
  try {
    for await (const message of messages) {
      batch.push(message);
      if (batch.length >= BATCH || message.info.pending === 0) {
        const ok = await applyBatch(target, batch);
        batch = [];
        if (!ok || isStopped()) break;
      }
    }
  } finally {
    clearInterval(stopWatch);
    if (!messages.isClosed()) messages.unsubscribe();
  }
}

type Opened = { seq: number; envelope: HubEnvelope };

/** Apply one batch in stream order; false when the node must stop pulling. */
async function applyBatch(target: PullTarget, batch: JsMsg[]): Promise<boolean> {
  const opened: Opened[] = [];
  let handledSeq = target.appliedSeq();
  for (const message of batch) {
    if (message.seq <= handledSeq) continue;
    try {
      const envelope = openEnvelope(target.names, message.subject, message.data);
      if (envelope.layout !== layoutTag()) {
        await writeGroups(target, opened);
        target.incompatible(
          `message ${message.seq} comes from node ${envelope.from} with another data layout; update this node`,
        );
        return false;
      }
      opened.push({ seq: message.seq, envelope });
    } catch (error) {
      if (!(error instanceof HubMessageError)) throw error;
      target.refused(`message ${message.seq} on ${message.subject}: ${error.message}`);
    }
    handledSeq = message.seq;
  }
  await writeGroups(target, opened);
  const last = batch[batch.length - 1];
  if (last) target.applied(Math.max(handledSeq, target.appliedSeq()), last.info.pending);
  return true;
}

/**
 * Write opened messages per collection, in stream order. A second version of
 * one document starts a new write: MasterEndpoint.write keeps only the last
 * row per id, and a rewritten append-only entry must meet the stored
 * original, not replace it in the same write.
 */
async function writeGroups(target: PullTarget, opened: Opened[]): Promise<void> {
  let groups = new Map<CollectionName, Map<string, Doc>>();
  const flush = async () => {
    for (const [collection, docs] of groups) await writeGroup(target, collection, docs);
    groups = new Map();
  };
  for (const { envelope } of opened) {
    const collection = envelope.c;
    const primary = primaryPathOf(target.endpoint.instance(collection).schema);
    const id = String(envelope.doc[primary]);
    let group = groups.get(collection);
    if (group?.has(id)) {
      await flush();
      group = undefined;
    }
    if (!group) groups.set(collection, (group = new Map()));
    group.set(id, envelope.doc);
    target.received(collection, envelope.doc);
  }
  await flush();
}

async function writeGroup(
  target: PullTarget,
  collection: CollectionName,
  docs: Map<string, Doc>,
): Promise<void> {
  const refused = (r: Rejection) => target.refused(`${r.collection}/${r.id}: ${r.reason}`);
  const rows = [...docs.values()].map((doc) => ({ newDocumentState: doc }));
  const conflicts = await target.endpoint.write(collection, rows, { onRejected: refused });
  if (conflicts.length === 0) return;
  // A conflict is usually the merge keeping newer local fields (nothing to
  // do), but it can also be a local command writing the same document at
  // that instant (storage answered 409 and nothing was stored): write those
  // again; the second write merges with the command's version.
  const primary = primaryPathOf(target.endpoint.instance(collection).schema);
  const again = new Set(conflicts.map((doc) => String(doc[primary])));
  const retry = rows.filter((row) => again.has(String(row.newDocumentState[primary])));
  await target.endpoint.write(collection, retry, { onRejected: () => undefined });
}
