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
 * reviews in one index. Built in full on the first search; after that each
 * changed incident, timeline entry or review (local or from a peer) is
 * noted and only those documents are re-indexed before the next search.
 */
export class KnowledgeBase {
  private index: KnowledgeIndex | undefined;
  private readonly changedIncidents = new Set<string>();
  private readonly changedReviews = new Set<string>();
  private readonly subscriptions: Subscription[];
  private readonly database: LanternDatabase;

  constructor(database: LanternDatabase) {
    this.database = database;
    this.subscriptions = [
      database.incidents.$.subscribe((event) => this.changedIncidents.add(event.documentId)),
      database.timeline.$.subscribe((event) => {
        const incidentId = event.documentData?.incidentId;
        if (incidentId) this.changedIncidents.add(incidentId);
      }),
      database.records.$.subscribe((event) => {
        if (event.documentData?.kind === 'reviews') this.changedReviews.add(event.documentData.id);
      }),
    ];
  }

  async search(query: KnowledgeQuery): Promise<KnowledgeHit[]> {
    if (!this.index) {
      this.changedIncidents.clear();
      this.changedReviews.clear();
      this.index = await this.build();
    } else await this.applyChanges(this.index);
    return this.index.search(query);
  }

  close(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }

  /** Re-index what changed since the last search (taken first, so changes meanwhile wait for the next). */
  private async applyChanges(index: KnowledgeIndex): Promise<void> {
    const incidentIds = [...this.changedIncidents];
    const reviewIds = [...this.changedReviews];
    this.changedIncidents.clear();
    this.changedReviews.clear();
    const store = kindStore(this.database);
    for (const incidentId of incidentIds) {
      const incident = await store.get('incidents', incidentId);
      if (!incident || !isPastIncident(incident)) {
        index.remove('incident', incidentId);
        continue;
      }
      const entries = await this.database.timeline.find({ selector: { incidentId } }).exec();
      index.add(
        incidentKnowledge(
          incident,
          entries.map((entry) => entry.text),
        ),
      );
    }
    for (const reviewId of reviewIds) {
      const review = await store.get('reviews', reviewId);
      if (review) index.add(reviewKnowledge(review));
      else index.remove('review', reviewId);
    }
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
