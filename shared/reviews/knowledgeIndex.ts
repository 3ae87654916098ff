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

const FIELDS = ['title', 'body'] as const;
type Field = (typeof FIELDS)[number];
const BOOST: Record<Field, number> = { title: 3, body: 1 };
const K1 = 1.2;
const B = 0.75;
/** A word that only starts with the query's word counts for less than the word itself. */
const PREFIX_WEIGHT = 0.4;
const SNIPPET_CHARS = 160;

type Postings = Map<string, [title: number, body: number]>;

export class KnowledgeIndex {
  private readonly documents = new Map<string, KnowledgeDocument>();
  private readonly lengths = new Map<string, [number, number]>();
  private readonly postings = new Map<string, Postings>();
  private totalLength: [number, number] = [0, 0];
  private sortedTerms: string[] | undefined;

  get size(): number {
    return this.documents.size;
  }

  /** Add a document, or replace the one with the same type and id. */
  add(document: KnowledgeDocument): void {
    const key = keyOf(document.type, document.id);
    this.remove(document.type, document.id);
    this.documents.set(key, document);
    const counts = [tokenize(document.title), tokenize(document.body)].map(termCounts);
    this.lengths.set(key, [counts[0]?.total ?? 0, counts[1]?.total ?? 0]);
    this.totalLength = [
      this.totalLength[0] + (counts[0]?.total ?? 0),
      this.totalLength[1] + (counts[1]?.total ?? 0),
    ];
    FIELDS.forEach((_field, f) => {
      for (const [term, count] of counts[f]?.terms ?? []) {
        let postings = this.postings.get(term);
        if (!postings) {
          postings = new Map();
          this.postings.set(term, postings);
          this.sortedTerms = undefined;
        }
        const entry = postings.get(key) ?? [0, 0];
        entry[f] = count;
        postings.set(key, entry);
      }
    });
  }

  remove(type: KnowledgeType, id: string): void {
    const key = keyOf(type, id);
    const document = this.documents.get(key);
    if (!document) return;
    const length = this.lengths.get(key) ?? [0, 0];
    this.totalLength = [this.totalLength[0] - length[0], this.totalLength[1] - length[1]];
    for (const term of new Set(
      [...tokenize(document.title), ...tokenize(document.body)].map((t) => t.term),
    )) {
      const postings = this.postings.get(term);
      postings?.delete(key);
      if (postings?.size === 0) {
        this.postings.delete(term);
        this.sortedTerms = undefined;
      }
    }
    this.documents.delete(key);
    this.lengths.delete(key);
  }

  /** Documents holding every word of the query (a word also matches words it starts), best first. */
  search(query: KnowledgeQuery): KnowledgeHit[] {
    const words = [...new Set(tokenize(query.text).map((t) => t.term))];
    if (words.length === 0) return [];
    let scores: Map<string, number> | undefined;
    for (const word of words) {
      const wordScores = this.scoreWord(word);
      scores = scores ? intersect(scores, wordScores) : wordScores;
      if (scores.size === 0) return [];
    }
    const hits: KnowledgeHit[] = [];
    for (const [key, score] of scores ?? []) {
      const document = this.documents.get(key);
      if (!document) continue;
      if (query.type && document.type !== query.type) continue;
      if (query.tag && !document.tags?.includes(query.tag)) continue;
      hits.push({ ...hitOf(document, words), score });
    }
    return hits
      .sort(
        (a, b) =>
          Number(a.exercise) - Number(b.exercise) ||
          b.score - a.score ||
          b.at.localeCompare(a.at) ||
          a.id.localeCompare(b.id),
      )
      .slice(0, query.limit ?? 20);
  }

  /** BM25 of one query word over both fields, for every document holding it or a word it starts. */
  private scoreWord(word: string): Map<string, number> {
    const scores = new Map<string, number>();
    const documentCount = this.documents.size;
    for (const term of this.termsStartingWith(word)) {
      const postings = this.postings.get(term);
      if (!postings) continue;
      const weight = term === word ? 1 : PREFIX_WEIGHT;
      const idf = Math.log(1 + (documentCount - postings.size + 0.5) / (postings.size + 0.5));
      for (const [key, frequencies] of postings) {
        const length = this.lengths.get(key) ?? [0, 0];
        let score = 0;
        FIELDS.forEach((field, f) => {
          const tf = frequencies[f] ?? 0;
          if (tf === 0) return;
          const average = (this.totalLength[f] ?? 0) / Math.max(1, documentCount);
          const norm = 1 - B + B * ((length[f] ?? 0) / Math.max(1, average));
          score += BOOST[field] * idf * ((tf * (K1 + 1)) / (tf + K1 * norm));
        });
        scores.set(key, Math.max(scores.get(key) ?? 0, score * weight));
      }
    }
    return scores;
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

function keyOf(type: KnowledgeType, id: string): string {
  return `${type}:${id}`;
}

function termCounts(tokens: Token[]): { terms: Map<string, number>; total: number } {
  const terms = new Map<string, number>();
  for (const token of tokens) terms.set(token.term, (terms.get(token.term) ?? 0) + 1);
  return { terms, total: tokens.length };
}

function intersect(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const both = new Map<string, number>();
  for (const [key, score] of a) {
    const other = b.get(key);
    if (other !== undefined) both.set(key, score + other);
  }
  return both;
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
