/**
 * KnowledgeIndex: a small in-memory inverted index with BM25 ranking, prefix
 * matching and highlighted snippets, for the knowledge base. Written here
 * because MiniSearch is not in the project's dependencies; it runs the same
 * in the node and in the renderer (pure, no Node or DOM).
 */
import { tokenize, type Token } from './searchTokens.ts';

export const KNOWLEDGE_TYPES = ['incident', 'review'] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number];

export interface KnowledgeDocument {
  type: KnowledgeType;
  id: string;
  title: string;
  /** Everything else worth finding it by: summary, timeline, causes… */
  body: string;
  /** Exercises list after real incidents. */
  exercise: boolean;
  /** When it happened (ISO, with its zone): newer first among equals. */
  at: string;
  /** Filters: service ids, cause categories. */
  tags?: readonly string[];
}

export interface KnowledgeHit {
  type: KnowledgeType;
  id: string;
  title: string;
  exercise: boolean;
  at: string;
  score: number;
  /** A piece of the text around the first match. */
  snippet: string;
  /** Where the query's words are in the snippet (start, end), for highlighting. */
  highlights: [number, number][];
}

export interface KnowledgeQuery {
  text: string;
  type?: KnowledgeType;
  tag?: string;
  limit?: number;
}

/** A word in the title counts three times one in the body. */
const BOOST = { title: 3, body: 1 };
const K1 = 1.2;
const B = 0.75;
/** A word that only starts with the query's word counts for less than the word itself. */
const PREFIX_WEIGHT = 0.4;
const SNIPPET_CHARS = 160;

/** A term's documents (slot numbers) and, per document, title and body frequency packed in one number. */
interface Postings {
  slots: number[];
  frequencies: number[];
}
const FIELD_SHIFT = 65_536;
const packed = (title: number, body: number) =>
  Math.min(title, FIELD_SHIFT - 1) * FIELD_SHIFT + Math.min(body, FIELD_SHIFT - 1);

export class KnowledgeIndex {
  /** Documents by slot; a removed one leaves an empty slot. Numbers keep postings small. */
  private readonly documents: (KnowledgeDocument | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly lengths: [title: number[], body: number[]] = [[], []];
  private readonly postings = new Map<string, Postings>();
  private totalLength: [number, number] = [0, 0];
  private sortedTerms: string[] | undefined;

  get size(): number {
    return this.slotOf.size;
  }

  /** Add a document, or replace the one with the same type and id. */
  add(document: KnowledgeDocument): void {
    this.remove(document.type, document.id);
    const slot = this.documents.length;
    this.documents.push(document);
    this.slotOf.set(keyOf(document.type, document.id), slot);
    const [title, body] = [tokenize(document.title), tokenize(document.body)].map(termCounts) as [
      ReturnType<typeof termCounts>,
      ReturnType<typeof termCounts>,
    ];
    this.lengths[0][slot] = title.total;
    this.lengths[1][slot] = body.total;
    this.totalLength = [this.totalLength[0] + title.total, this.totalLength[1] + body.total];
    for (const term of new Set([...title.terms.keys(), ...body.terms.keys()])) {
      let postings = this.postings.get(term);
      if (!postings) {
        postings = { slots: [], frequencies: [] };
        this.postings.set(term, postings);
        this.sortedTerms = undefined;
      }
      postings.slots.push(slot);
      postings.frequencies.push(packed(title.terms.get(term) ?? 0, body.terms.get(term) ?? 0));
    }
  }

  remove(type: KnowledgeType, id: string): void {
    const key = keyOf(type, id);
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    const document = this.documents[slot] as KnowledgeDocument;
    this.totalLength = [
      this.totalLength[0] - (this.lengths[0][slot] ?? 0),
      this.totalLength[1] - (this.lengths[1][slot] ?? 0),
    ];
    const terms = [...tokenize(document.title), ...tokenize(document.body)].map((t) => t.term);
    for (const term of new Set(terms)) {
      const postings = this.postings.get(term);
      if (!postings) continue;
      const at = postings.slots.indexOf(slot);
      if (at >= 0) {
        postings.slots.splice(at, 1);
        postings.frequencies.splice(at, 1);
      }
      if (postings.slots.length === 0) {
        this.postings.delete(term);
        this.sortedTerms = undefined;
      }
    }
    this.documents[slot] = undefined;
    this.slotOf.delete(key);
  }

  /** Documents holding every word of the query (a word also matches words it starts), best first. */
  search(query: KnowledgeQuery): KnowledgeHit[] {
    const words = [...new Set(tokenize(query.text).map((t) => t.term))];
    if (words.length === 0) return [];
    const slots = this.documents.length;
    const total = new Float64Array(slots);
    const matchedWords = new Uint8Array(slots);
    let candidates: number[] = [];
    const best = new Float64Array(slots);
    for (const [w, word] of words.entries()) {
      best.fill(0);
      candidates = [];
      for (const slot of this.scoreWord(word, best))
        if (matchedWords[slot] === w) {
          matchedWords[slot] = w + 1;
          total[slot] = (total[slot] ?? 0) + (best[slot] ?? 0);
          candidates.push(slot);
        }
      if (candidates.length === 0) return [];
    }
    const ranked: Ranked[] = [];
    for (const slot of candidates) {
      const document = this.documents[slot];
      if (!document) continue;
      if (query.type && document.type !== query.type) continue;
      if (query.tag && !document.tags?.includes(query.tag)) continue;
      ranked.push({ document, score: total[slot] ?? 0 });
    }
    // Snippets only for the results shown: making one reads the whole text.
    return topRanked(ranked, query.limit ?? 20).map(({ document, score }) => ({
      ...hitOf(document, words),
      score,
    }));
  }

  /**
   * BM25 of one query word over both fields, for every document holding it
   * or a word it starts (the best of those words): the slots it touched and
   * their scores in `best`.
   */
  private scoreWord(word: string, best: Float64Array): number[] {
    const touched: number[] = [];
    const documentCount = Math.max(1, this.slotOf.size);
    const titleAverage = Math.max(1e-9, this.totalLength[0] / documentCount);
    const bodyAverage = Math.max(1e-9, this.totalLength[1] / documentCount);
    const [titleLengths, bodyLengths] = this.lengths;
    for (const term of this.termsStartingWith(word)) {
      const postings = this.postings.get(term);
      if (!postings) continue;
      const weight = term === word ? 1 : PREFIX_WEIGHT;
      const count = postings.slots.length;
      const idf = Math.log(1 + (documentCount - count + 0.5) / (count + 0.5));
      for (let i = 0; i < count; i++) {
        const slot = postings.slots[i] as number;
        const frequency = postings.frequencies[i] as number;
        const titleTf = Math.floor(frequency / FIELD_SHIFT);
        const bodyTf = frequency % FIELD_SHIFT;
        let score = 0;
        if (titleTf > 0) {
          const norm = 1 - B + (B * (titleLengths[slot] ?? 0)) / titleAverage;
          score += BOOST.title * ((titleTf * (K1 + 1)) / (titleTf + K1 * norm));
        }
        if (bodyTf > 0) {
          const norm = 1 - B + (B * (bodyLengths[slot] ?? 0)) / bodyAverage;
          score += BOOST.body * ((bodyTf * (K1 + 1)) / (bodyTf + K1 * norm));
        }
        score *= idf * weight;
        const held = best[slot] ?? 0;
        if (held === 0) touched.push(slot);
        if (score > held) best[slot] = score;
      }
    }
    return touched;
  }

  private termsStartingWith(word: string): string[] {
    this.sortedTerms ??= [...this.postings.keys()].sort();
    const terms = this.sortedTerms;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((terms[middle] ?? '') < word) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    // Short words match only themselves: "db" should not pull in every word starting with it.
    for (let i = low; i < terms.length && (terms[i] ?? '').startsWith(word); i++)
      if (word.length >= 3 || terms[i] === word) found.push(terms[i] as string);
    return found;
  }
}

interface Ranked {
  document: KnowledgeDocument;
  score: number;
}

/** Real incidents before exercises, then by score, newer first, then by id. */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    Number(a.document.exercise) - Number(b.document.exercise) ||
    b.score - a.score ||
    b.document.at.localeCompare(a.document.at) ||
    a.document.id.localeCompare(b.document.id)
  );
}

/** The best `limit` in order, without sorting every match (a common word matches most documents). */
function topRanked(ranked: readonly Ranked[], limit: number): Ranked[] {
  const top: Ranked[] = [];
  for (const candidate of ranked) {
    const last = top[top.length - 1];
    if (top.length >= limit && last && compareRanked(candidate, last) >= 0) continue;
    let low = 0;
    let high = top.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareRanked(top[middle] as Ranked, candidate) <= 0) low = middle + 1;
      else high = middle;
    }
    top.splice(low, 0, candidate);
    if (top.length > limit) top.pop();
  }
  return top;
}

function keyOf(type: KnowledgeType, id: string): string {
  return `${type}:${id}`;
}

function termCounts(tokens: Token[]): { terms: Map<string, number>; total: number } {
  const terms = new Map<string, number>();
  for (const token of tokens) terms.set(token.term, (terms.get(token.term) ?? 0) + 1);
  return { terms, total: tokens.length };
}

/** The snippet: the body around its first match (or its start), with every match marked. */
function hitOf(document: KnowledgeDocument, words: string[]): Omit<KnowledgeHit, 'score'> {
  const matching = (token: Token) => words.some((w) => token.term.startsWith(w));
  const tokens = tokenize(document.body);
  const first = tokens.find(matching);
  const from = Math.max(0, (first?.start ?? 0) - 40);
  const to = Math.min(document.body.length, from + SNIPPET_CHARS);
  const start = from > 0 ? document.body.indexOf(' ', from) + 1 || from : 0;
  const snippet = document.body.slice(start, to);
  const highlights = tokens
    .filter((t) => t.start >= start && t.end <= to && matching(t))
    .map((t): [number, number] => [t.start - start, t.end - start]);
  return {
    type: document.type,
    id: document.id,
    title: document.title,
    exercise: document.exercise,
    at: document.at,
    snippet,
    highlights,
  };
}
