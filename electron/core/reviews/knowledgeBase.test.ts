import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from './knowledgeBase.ts';
import { resolvedIncidentNode } from './reviewNode.testHelpers.ts';

describe('the node’s knowledge base', () => {
  it('finds past incidents by their timeline, and keeps up with later changes', async () => {
    const { run, incident, database } = await resolvedIncidentNode();
    const base = new KnowledgeBase(database);
    const ids = async (text: string) => (await base.search({ text })).map((hit) => hit.id);
    try {
      expect(await ids('release 42')).toEqual([incident.id]);
      expect(await ids('vault')).toEqual([]);

      // A review is written after the first search: it is found on the next.
      const review = await run('startReview', { incidentId: incident.id });
      await run('saveReviewLine', {
        reviewId: review.id,
        list: 'factors',
        text: 'Credentials were not in the vault',
        category: 'process-gap',
      });
      expect(await ids('vault')).toEqual([review.id]);

      // A late timeline entry on the incident is searchable too.
      await run('addTimelineEntry', {
        incidentId: incident.id,
        text: 'Acquirer confirmed recovery',
      });
      expect(await ids('acquirer')).toEqual([incident.id]);

      // Reopened: no longer a past incident, so no longer in the knowledge base.
      await run('changeIncidentStatus', { incidentId: incident.id, status: 'investigating' });
      expect(await ids('acquirer')).toEqual([]);
    } finally {
      base.close();
    }
  });
});
