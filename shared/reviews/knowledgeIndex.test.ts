import { describe, expect, it } from 'vitest';
import { KnowledgeIndex, type KnowledgeDocument } from './knowledgeIndex.ts';

function doc(id: string, title: string, body: string, extra: Partial<KnowledgeDocument> = {}) {
  return {
    type: 'incident' as const,
    id,
    title,
    body,
    exercise: false,
    at: '2026-11-01T10:00:00Z',
    ...extra,
  };
}

function indexOf(...documents: KnowledgeDocument[]) {
  const index = new KnowledgeIndex();
  for (const document of documents) index.add(document);
  return index;
}

describe('the knowledge index (a small inverted index; MiniSearch is not installed)', () => {
  const index = indexOf(
    doc(
      'pool',
      'Card payments failing',
      'The database connection pool was exhausted by release 42',
    ),
    doc('vpn', 'VPN down', 'The VPN concentrator lost its certificate; connection attempts failed'),
    doc('dns', 'Checkout slow', 'DNS resolution slow; connection pool fine', {
      at: '2026-11-02T10:00:00Z',
    }),
    doc('drill', 'Payments drill', 'Exercise: connection pool exhausted', { exercise: true }),
    doc('rv', 'Review of card payments', 'capacity: pool sized for last year', { type: 'review' }),
  );

  it('finds documents holding every word, exercises after real incidents', () => {
    const ids = index.search({ text: 'connection pool' }).map((h) => h.id);
    expect(ids.slice(0, 2).sort()).toEqual(['dns', 'pool']);
    expect(ids[2]).toBe('drill');
  });

  it('ranks a match in the title above the same match in the body', () => {
    const ranked = indexOf(
      doc('body', 'Checkout slow', 'the certificate expired on the load balancer'),
      doc('title', 'Certificate expired', 'the load balancer refused connections'),
    );
    expect(ranked.search({ text: 'certificate' }).map((h) => h.id)).toEqual(['title', 'body']);
  });

  it('matches words by their start, lists real incidents before exercises', () => {
    const ids = index.search({ text: 'exhaust' }).map((h) => h.id);
    expect(ids).toEqual(['pool', 'drill']);
  });

  it('filters by type and tag; an unknown word finds nothing', () => {
    expect(index.search({ text: 'pool', type: 'review' }).map((h) => h.id)).toEqual(['rv']);
    expect(index.search({ text: 'pool zebra' })).toEqual([]);
    expect(index.search({ text: '  ' })).toEqual([]);
    const tagged = indexOf(
      doc('a', 'Pool', 'x', { tags: ['svc-payments'] }),
      doc('b', 'Pool', 'y'),
    );
    expect(tagged.search({ text: 'pool', tag: 'svc-payments' }).map((h) => h.id)).toEqual(['a']);
  });

  it('highlights the matching words in the snippet', () => {
    const [hit] = index.search({ text: 'certificate' });
    expect(hit?.snippet).toContain('certificate');
    const [from, to] = hit?.highlights[0] ?? [0, 0];
    expect(hit?.snippet.slice(from, to)).toBe('certificate');
  });

  it('replacing and removing a document updates what is found', () => {
    const changing = indexOf(doc('x', 'Disk full', 'logs filled the disk'));
    changing.add(doc('x', 'Disk full', 'a backup filled the disk'));
    expect(changing.search({ text: 'logs' })).toEqual([]);
    expect(changing.search({ text: 'backup' }).map((h) => h.id)).toEqual(['x']);
    changing.remove('incident', 'x');
    expect(changing.search({ text: 'disk' })).toEqual([]);
    expect(changing.size).toBe(0);
  });

  it('ignores case and accents', () => {
    const accents = indexOf(doc('z', 'Café Zürich outage', 'Kassensystem ausgefallen'));
    expect(accents.search({ text: 'cafe ZURICH' }).map((h) => h.id)).toEqual(['z']);
  });
});
