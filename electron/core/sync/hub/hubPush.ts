import type { JetStreamClient } from 'nats';
import { COLLECTION_NAMES, type CollectionName } from '../../../../shared/store/layout.ts';
import type { Doc, MasterEndpoint, StorageCheckpoint } from '../masterEndpoint.ts';
import { hubSubject, layoutTag, sealEnvelope, versionId, type HubNames } from './hubEnvelope.ts';

const BATCH = 500;
const PUBLISH_TIMEOUT_MS = 5_000;

export interface PushSource {
  names: HubNames;
  nodeId: string;
  endpoint: MasterEndpoint;
  pushedUpTo(collection: CollectionName): StorageCheckpoint | undefined;
  /** Every change of the collection up to `checkpoint` is held by the hub. */
  pushed(collection: CollectionName, checkpoint: StorageCheckpoint): void;
  /** This version came from the hub: publishing it again would only echo it. */
  fromHub(collection: CollectionName, doc: Doc): boolean;
  /** The hub stored this version (JetStream acknowledged it with a sequence). */
  acknowledged(collection: CollectionName, doc: Doc): void;
}

/**
 * Publish every change of this node's storage since the last acknowledged
 * position, collection by collection: local commands' writes and what peers
 * brought (a site cut off from the hub carries its peers' work back to it).
 * The position moves only after JetStream acknowledged every message before
 * it; the message id is the version's hash, so nodes of one site publishing
 * the same version are stored once. Throws when the hub does not answer.
 */
export async function pushToHub(js: JetStreamClient, source: PushSource): Promise<number> {
  let published = 0;
  for (const collection of COLLECTION_NAMES) {
    for (;;) {
      const batch = await source.endpoint.changesSince(
        collection,
        source.pushedUpTo(collection),
        BATCH,
      );
      if (batch.documents.length === 0 || !batch.checkpoint) break;
      const subject = hubSubject(source.names, collection);
      const outgoing = batch.documents.filter((doc) => {
        if (!source.fromHub(collection, doc)) return true;
        // The hub sent this very version: it holds it already.
        source.acknowledged(collection, doc);
        return false;
      });
      await Promise.all(
        outgoing.map(async (doc) => {
          const data = sealEnvelope(source.names, subject, {
            v: 1,
            c: collection,
            from: source.nodeId,
            layout: layoutTag(),
            doc,
          });
          await js.publish(subject, data, {
            msgID: versionId(collection, doc),
            expect: { streamName: source.names.stream },
            timeout: PUBLISH_TIMEOUT_MS,
          });
          source.acknowledged(collection, doc);
        }),
      );
      published += outgoing.length;
      source.pushed(collection, batch.checkpoint);
      if (batch.documents.length < BATCH) break;
    }
  }
  return published;
}
