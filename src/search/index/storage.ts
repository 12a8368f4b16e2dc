/**
 * What the search engine needs from storage, and nothing about how it is stored: SQLite is the
 * embedded default, and a PostgreSQL store implements the same calls.
 */
import type { PostingRow } from './postings.js';

/** The per-document facts ranking, filters and facets need, as stored beside the article. */
export interface DocRow {
  docno: number;
  /** Days since 1970-01-01 of the publication date, or null when unknown. */
  day: number | null;
  /** `YYYY-MM` of the publication date, or null. */
  month: string | null;
  outlet: string | null;
  /** Photo credit codes (AFP, REUTERS …), space-separated, or ''. */
  credits: string;
  /** Canonical ids of the article's entities, one per line, or ''. */
  entities: string;
  /** Speaker ids of the article's quotes (see `speakerKey`), one per line, or ''. */
  speakers: string;
  /** Keys of the article's events that happened (`ASSAULT`, `ASSAULT/aerial`), one per line, or ''. */
  events: string;
  /** Keys of their actors and recipients (as speakers are keyed), one per line, or ''. */
  actors: string;
  /** The story cluster: the docno of its first article. */
  cluster: number;
  /** Terms in headline, subtitle, captions and body. */
  lengths: [number, number, number, number];
}

export interface IndexStorage {
  /** A number that changes whenever the index changes (new documents, merged segments). */
  generation(): number;
  /** The term's postings in every segment, in docno order. */
  postings(term: string): PostingRow[];
  /** How many documents hold the term (its postings' length, without reading them). */
  documentCount(term: string): number;
  /** Up to `limit` indexed terms starting with `prefix`, those in most documents first. */
  termsWithPrefix(prefix: string, limit: number): string[];
  /** Indexed documents with docno above `after`, ascending. */
  docRows(after: number): Iterable<DocRow>;
  /**
   * The stored article records (JSON) of these docnos. With `analyses: false` a record may leave out
   * what the analysers added (entities, quotes, times, quantities, spans, removed text and
   * diagnostics), which is most of its size: a hit without marks shows none of it.
   */
  records(docnos: readonly number[], o?: { analyses: boolean }): Map<number, string>;
  /** Type and name of canonical entities. */
  entityNames(canonicals: readonly string[]): Map<string, { type: string; name: string }>;
}
