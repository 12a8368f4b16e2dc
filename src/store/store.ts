/** The storage interface the core talks to. The core never imports a database driver. */
import type { Article } from '../ingest/article.js';

/** What one batch of puts did. */
export interface PutResult {
  /** Articles stored for the first time. */
  inserted: number;
  /** Articles whose id was stored already (ingesting twice is a no-op). */
  existing: number;
}

export interface Store {
  /** Stores a batch of articles in one transaction: all of them, or none if it fails. */
  putArticles(articles: readonly Article[]): PutResult;
  /** The article with this id, or null. */
  getArticle(id: string): Article | null;
  /** How many articles are stored. */
  countArticles(): number;
  /** Releases the store. */
  close(): void;
}
