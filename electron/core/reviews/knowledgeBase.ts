import type { Subscription } from 'rxjs';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import {
  incidentKnowledge,
  isPastIncident,
  reviewKnowledge,
} from '../../../shared/reviews/knowledgeDocuments.ts';
import {
  KnowledgeIndex,
  type KnowledgeHit,
  type KnowledgeQuery,
} from '../../../shared/reviews/knowledgeIndex.ts';

/**
 * The node's knowledge base: past incidents (with their timelines) and
 * reviews in one index, rebuilt on the next search after any of them
 * changed (locally or from a peer).
 */
export class KnowledgeBase {
  private index: KnowledgeIndex | undefined;
  private stale = true;
  private readonly subscriptions: Subscription[];
  private readonly database: LanternDatabase;

  constructor(database: LanternDatabase) {
    this.database = database;
    const markStale = () => {
      this.stale = true;
    };
    this.subscriptions = [
      database.incidents.$.subscribe(markStale),
      database.timeline.$.subscribe(markStale),
      database.records.$.subscribe((event) => {
        if (event.documentData?.kind === 'reviews') markStale();
      }),
    ];
  }

  async search(query: KnowledgeQuery): Promise<KnowledgeHit[]> {
    if (this.stale || !this.index) {
      // A change while building marks it stale again, so the next search rebuilds.
      this.stale = false;
      this.index = await this.build();
    }
    return this.index.search(query);
  }

  close(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }

  private async build(): Promise<KnowledgeIndex> {
    const index = new KnowledgeIndex();
    const incidents = (await this.database.incidents.find().exec())
      .map((doc) => doc.toMutableJSON())
      .filter(isPastIncident);
    const texts = new Map<string, string[]>();
    const entries = await this.database.timeline
      .find({ selector: { incidentId: { $in: incidents.map((i) => i.id) } } })
      .exec();
    for (const entry of entries) {
      const list = texts.get(entry.incidentId) ?? [];
      list.push(entry.text);
      texts.set(entry.incidentId, list);
    }
    for (const incident of incidents)
      index.add(incidentKnowledge(incident, texts.get(incident.id) ?? []));
    for (const review of await kindStore(this.database).find('reviews'))
      index.add(reviewKnowledge(review));
    return index;
  }
}

const bases = new WeakMap<LanternDatabase, KnowledgeBase>();

/** One knowledge base per database, made on first use. */
export function knowledgeBaseOf(database: LanternDatabase): KnowledgeBase {
  let base = bases.get(database);
  if (!base) {
    base = new KnowledgeBase(database);
    bases.set(database, base);
  }
  return base;
}
