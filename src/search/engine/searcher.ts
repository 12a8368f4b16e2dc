/**
 * The search engine over any {@link IndexStorage}: parse the query, evaluate it to a matched set
 * with BM25F scores, rank one hit per story, count facets, and cut highlighted snippets from the
 * stored articles. The doc table and the postings cache follow the index as it grows.
 */
import { ArticleSchema, type Article } from '../../core/article.js';

/** The fields a hit shows, checked when read back (the spans and what was removed are not needed here). */
const HitSchema = ArticleSchema.pick({ id: true, headline: true, paragraphs: true, captions: true, outlet: true, published: true, url: true });
/** With what an `entity:` or `said:` hit needs to show the mention: the spans, and the subtitle they count past. */
const MentionHitSchema = ArticleSchema.pick({ id: true, headline: true, subtitle: true, paragraphs: true, captions: true, outlet: true, published: true, url: true, entities: true, quotes: true });
import { Analyzer } from '../../text/analyze.js';
import type { IndexStorage } from '../index/storage.js';
import { parseQuery } from '../query/parse.js';
import { forEachBit, popcount, type Bitset } from './bitset.js';
import { DocTable } from './doc-table.js';
import { evaluate, type EvalContext } from './evaluate.js';
import { formatQuery } from '../query/format.js';
import { FacetCache } from './facet-cache.js';
import { facets as countFacets, type Facets } from './facets.js';
import { mentionMarks } from './mention-marks.js';
import { NameParts, nameQuery } from './name-match.js';
import { PostingsCache } from './postings-cache.js';
import { rank, type SortOrder } from './rank.js';
import { highlight, snippet, type Highlighted } from './snippet.js';

export interface SearchOptions {
  limit?: number;
  offset?: number;
  sort?: SortOrder;
  /** Every article, not one per story cluster. */
  all?: boolean;
  /** Count facets (default true). */
  facets?: boolean;
}

export interface SearchHit {
  id: string;
  score: number;
  headline: Highlighted | null;
  snippet: Highlighted;
  outlet: string | null;
  published: Article['published'];
  url: string | null;
  credits: string[];
  /** Other matched articles of the same story (0 when shown with --all, or when alone). */
  similar: number;
  /** The article that stands for the story cluster. */
  story: string;
}

export interface SearchResult {
  query: string;
  /** Matched articles. */
  total: number;
  /** Matched story clusters. */
  stories: number;
  offset: number;
  limit: number;
  sort: SortOrder;
  hits: SearchHit[];
  facets: Facets | null;
  /** Words ignored and similar notes for the user. */
  notes: string[];
  took_ms: number;
}

export const MAX_LIMIT = 100;
export const MAX_OFFSET = 10_000;

/** One analyser for every searcher of the process: its word cache stays warm across stores. */
let sharedAnalyzer: Analyzer | undefined;

export class Searcher {
  private readonly table = new DocTable();
  private readonly cache: PostingsCache;
  private readonly analyzer = (sharedAnalyzer ??= new Analyzer({ surfaceForms: true }));
  private readonly names = new NameParts();
  private readonly facetCache = new FacetCache();
  private generation = -1;
  private scores = new Float64Array(0);

  constructor(private readonly storage: IndexStorage, private readonly idOf: (docno: number) => string | undefined = () => undefined) {
    this.cache = new PostingsCache(storage);
  }

  /** The doc table, brought up to date with the index. */
  docs(): DocTable {
    const g = this.storage.generation();
    if (g !== this.generation) {
      for (const r of this.storage.docRows(this.table.maxDoc)) this.table.add(r);
      this.cache.check(g);
      this.generation = g;
    }
    return this.table;
  }

  /** The facets of a matched set, reused while the same query (in its canonical form) meets the same index. */
  private facets(key: string, table: DocTable, set: Bitset): Facets {
    return this.facetCache.get(key, this.generation) ?? this.facetCache.set(key, this.generation, countFacets(table, set, (c) => this.storage.entityNames(c)));
  }

  private context(table: DocTable): EvalContext {
    return {
      table,
      cache: this.cache,
      storage: this.storage,
      analyzer: this.analyzer,
      scores: this.scores,
      avg: [0, 1, 2, 3].map((f) => table.avgLength(f)),
      highlight: new Set(),
      notes: [],
      names: this.names,
      mentions: { entities: new Set(), speakers: new Set() },
    };
  }

  /** The docnos of every article matching `query`, ascending and unranked (a filter for other listings); throws a QueryError for a malformed query. */
  matching(query: string): number[] {
    const ast = parseQuery(query);
    const table = this.docs();
    if (this.scores.length <= table.maxDoc) this.scores = new Float64Array(table.maxDoc + 1024);
    const set = evaluate(this.context(table), ast, false) ?? table.all;
    const out: number[] = [];
    forEachBit(set, (d) => void out.push(d));
    return out;
  }

  /** The ids a name stands for among the indexed entities, speakers and actors, as `entity:`, `said:` and `actor:` resolve it. */
  namesFor(name: string): string[] {
    const ids = this.docs().entityIds;
    return [...this.names.matching(nameQuery(name), ids.list, (id) => ids.get(id))].map((n) => ids.list[n]!);
  }

  search(query: string, o: SearchOptions = {}): SearchResult {
    const started = performance.now();
    const limit = Math.max(0, Math.min(MAX_LIMIT, o.limit ?? 20));
    const offset = Math.max(0, Math.min(MAX_OFFSET, o.offset ?? 0));
    const sort = o.sort ?? 'relevance';
    const ast = parseQuery(query);
    const table = this.docs();
    if (this.scores.length <= table.maxDoc) this.scores = new Float64Array(table.maxDoc + 1024);
    else this.scores.fill(0);
    const ctx = this.context(table);
    const set = evaluate(ctx, ast) ?? table.empty();
    const matched = popcount(set);
    const ranked = rank(table, set, this.scores, { sort, offset, limit, collapse: !o.all, matched });
    const marking = ctx.mentions.entities.size + ctx.mentions.speakers.size > 0;
    const records = this.storage.records(ranked.docs, { analyses: marking });
    const hits = ranked.docs.map((d, i): SearchHit => {
      const json: unknown = JSON.parse(records.get(d)!);
      const full = marking ? MentionHitSchema.parse(json) : null;
      const a = full ?? HitSchema.parse(json);
      const marks = full ? mentionMarks(full, ctx.mentions) : null;
      const story = this.idOf(table.cluster[d]!) ?? a.id;
      return {
        id: a.id,
        score: Math.round(this.scores[d]! * 1000) / 1000,
        headline: a.headline ? highlight(this.analyzer, a.headline, ctx.highlight, marks?.headline) : null,
        snippet: snippet(this.analyzer, a.paragraphs.length ? a.paragraphs : a.captions.map((c) => c.text), ctx.highlight, undefined, marks?.body),
        outlet: a.outlet,
        published: a.published,
        url: a.url,
        credits: [...new Set(a.captions.flatMap((c) => (c.credit ? [c.credit.code] : [])))],
        similar: o.all ? 0 : ranked.clusterSizes[i]! - 1,
        story,
      };
    });
    return {
      query,
      total: matched,
      stories: ranked.stories,
      offset,
      limit,
      sort,
      hits,
      facets: o.facets === false ? null : this.facets(formatQuery(ast), table, set),
      notes: ctx.notes,
      took_ms: Math.round((performance.now() - started) * 100) / 100,
    };
  }
}
