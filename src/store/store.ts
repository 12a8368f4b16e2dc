/** The storage interface the core talks to. The core never imports a database driver. */
import type { ProfileCounts } from '../ingest/chrome/profile.js';
import type { Article } from '../core/article.js';
import type { SearchOptions, SearchResult } from '../search/engine/searcher.js';
import type { EventFilter, EventPage, StoredEvent } from './event-query.js';

/** What one batch of puts did. */
export interface PutResult {
  /** Articles stored for the first time. */
  inserted: number;
  /** Articles whose id was stored already (ingesting twice is a no-op). */
  existing: number;
}

/** Figures about a store, for `rasd stats` and `GET /api/stats`. */
export interface StoreStats {
  articles: number;
  /** Articles searchable now (the rest are indexed by the next writer to open the store). */
  indexed: number;
  /** Story clusters: articles that are near-duplicates of each other count once. */
  stories: number;
  outlets: Array<{ value: string; count: number }>;
  /** First and last publication day, ISO, or null when no article has a date. */
  dates: { first: string | null; last: string | null };
  segments: number;
  terms: number;
  /** Size of the database files. */
  bytes: number;
}

/** One entity of {@link Store.topEntities}. */
export interface EntityCount {
  /** The canonical id (alias id, or `<type>:<name key>`): what `entity:` accepts. */
  canonical: string;
  type: string;
  name: string;
  /** Articles that mention it. */
  articles: number;
  /** Mentions in those articles. */
  mentions: number;
}

/** Which entities {@link Store.topEntities} counts: a date range (ISO days, inclusive) and a type. */
export interface TopEntitiesOptions {
  from?: string | null;
  to?: string | null;
  type?: string | null;
  limit?: number;
}

/** How {@link Store.holdWriter} waits for another writer to finish. */
export interface HoldWriterOptions {
  /** Called once, with who holds the store, when it must wait. */
  onWait?: (holder: string) => void;
  /** Stops waiting (the call then throws `E_BUSY`). */
  signal?: AbortSignal;
  pollMs?: number;
}

/**
 * One process writes a store at a time. A write takes the store's writer lease when it is free
 * (else it throws `E_BUSY`, naming the holder) and gives it back at `flush`; `holdWriter` waits
 * for it instead, and keeps it until `close` (an ingest). Taking the lease indexes whatever a
 * writer that was killed stored but did not index.
 */
export interface Store {
  /** Stores a batch of articles in one transaction: all of them, or none if it fails. */
  putArticles(articles: readonly Article[]): PutResult;
  /** Makes every stored article searchable (writes the postings held in memory). */
  flush(): void;
  /** Waits until this store is the only writer, and stays so until `close`. */
  holdWriter(options?: HoldWriterOptions): Promise<void>;
  /** The article with this id, or null. */
  getArticle(id: string): Article | null;
  /** The id of the stored article read from input text with this digest (`source.digest`), or null. */
  sourceId(digest: string): string | null;
  /** Remembers that input text with this digest gave the stored article `id` (read again, it is known by it). */
  rememberSource(digest: string, id: string): void;
  /** Whether an article with this id is stored (cheap: no record is read). */
  hasArticle(id: string): boolean;
  /** How many articles are stored. */
  countArticles(): number;
  /** Ranked, collapsed, highlighted search; throws a QueryError for a malformed query. */
  search(query: string, options?: SearchOptions): SearchResult;
  stats(): StoreStats;
  /** The entities mentioned in most articles, in a date range. */
  topEntities(options?: TopEntitiesOptions): EntityCount[];
  /** A page of the events matching `filter`, newest first; throws a QueryError for a malformed `filter.q`. */
  events(filter: EventFilter, page?: { limit?: number; offset?: number }): EventPage;
  /** Every event matching `filter`, newest first (streamed: one row at a time is read). */
  eachEvent(filter: EventFilter): IterableIterator<StoredEvent>;
  /** What the store remembers of an outlet's chrome (its profile), or null. */
  chromeProfile(outlet: string): ProfileCounts | null;
  /** Keeps these outlets' profiles (replacing what was kept of them), in one transaction. */
  saveChromeProfiles(profiles: ReadonlyArray<readonly [string, ProfileCounts]>): void;
  /** The tagger model adapted to this store (`rasd adapt --db`), or null when it has none. */
  nerModel(): StoredModel | null;
  /** Keeps an adapted tagger model (replacing the one kept before); later analyses of the store use it. */
  saveNerModel(bytes: Uint8Array, summary: string): void;
  /** Every stored article, in the order stored (streamed: one record at a time is read). */
  eachArticle(): IterableIterator<Article>;
  /** Flushes and releases the store. */
  close(): void;
}

/** An adapted tagger model kept in a store. */
export interface StoredModel {
  bytes: Uint8Array;
  /** What it was learned from, as `rasd adapt` said. */
  summary: string;
  createdAt: string;
}
