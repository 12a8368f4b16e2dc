/**
 * Extracting inputs into a store, in transactions, then indexing: what `rasd ingest` and `rasd demo`
 * share. The store is opened at the first article to store, so a run whose inputs all fail creates
 * none; articles it holds already are dropped before analysis; and a signal stops the run with
 * everything stored made searchable.
 */
import type { Article } from '../core/article.js';
import { Profiles } from '../ingest/chrome/profiles.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { checkStoreFile } from '../store/sqlite/store-file.js';
import type { Store } from '../store/store.js';
import type { PipelineOptions } from '../pipeline.js';
import { runExtraction, type RunStats } from './extract-run.js';
import { PeriodicCollection } from './heap.js';
import { write, type CliIO } from './io.js';
import { useStoreModel } from './model-option.js';

/** Articles are written in transactions of this many. */
const BATCH = 500;
/** Articles stored between full garbage collections (see heap.ts). */
const COLLECT_EVERY = 1_000;

export interface IngestStats extends RunStats {
  inserted: number;
  /** Articles stored already: dropped before analysis, or found stored when written. */
  existing: number;
  /** Whether the run created or opened a store (false: nothing to store, and no file was made). */
  stored: boolean;
}

/** The store a run writes: opened (and its writer lease taken) only when there is something to store. */
export class IngestTarget {
  private store: Store | null = null;

  /** Refuses at once a path that is not a Rasd store; an existing store is opened now, to skip what it holds. */
  static async open(path: string, io: CliIO, label: string, signal?: AbortSignal): Promise<IngestTarget> {
    const t = new IngestTarget(path, io, label, signal);
    if (checkStoreFile(path) === 'rasd') await t.get();
    return t;
  }

  private constructor(
    readonly path: string,
    private readonly io: CliIO,
    private readonly label: string,
    private readonly signal?: AbortSignal,
  ) {}

  /** The store, opened and held for writing (waiting for another writer to finish). */
  async get(): Promise<Store> {
    if (this.store) return this.store;
    const store = openSqliteStore(this.path);
    try {
      await store.holdWriter({
        ...(this.signal ? { signal: this.signal } : {}),
        onWait: (holder) => void write(this.io.stderr, `rasd ${this.label}: waiting for ${holder} to finish with "${this.path}"\n`),
      });
    } catch (err) {
      store.close();
      throw err;
    }
    // A store adapted with `rasd adapt --db` tags its new articles with its own model.
    useStoreModel(store, this.path);
    this.store = store;
    return store;
  }

  get opened(): Store | null {
    return this.store;
  }

  /** Whether an article with this id is stored. */
  has(id: string): boolean {
    return this.store?.hasArticle(id) ?? false;
  }

  /** Whether an article read from input text with this digest is stored. */
  hasSource(digest: string): boolean {
    return (this.store?.sourceId(digest) ?? null) !== null;
  }

  /**
   * Whether an article is stored: its input read before, or its id. An input that gives an article
   * stored from another input is remembered, so that read again it is known even if cleaning changes.
   */
  known(a: Pick<Article, 'id' | 'source'>): boolean {
    const digest = a.source.digest;
    if (digest !== undefined && this.hasSource(digest)) return true;
    if (!this.has(a.id)) return false;
    if (digest !== undefined) this.store!.rememberSource(digest, a.id);
    return true;
  }

  close(): void {
    this.store?.close();
  }
}

export interface IngestOptions extends PipelineOptions {
  /** Told after each transaction: articles new in it, and new in the run so far. */
  onStored?: (inserted: number, total: number) => void;
}

export async function ingestInto(target: IngestTarget, inputs: readonly string[], io: CliIO, label: string, options: IngestOptions): Promise<IngestStats> {
  let inserted = 0;
  let existing = 0;
  const { onStored, ...o } = options;
  const collection = new PeriodicCollection(COLLECT_EVERY);
  // Each outlet's chrome profile starts from what the store remembers of it, and is kept again at the end.
  const profiles = o.profiles ?? new Profiles((outlet) => target.opened?.chromeProfile(outlet) ?? null);
  const stats = await runExtraction(inputs, io, label, { ...o, profiles, known: (a) => target.known(a), counted: (d) => target.hasSource(d) }, async (articles) => {
    const store = await target.get();
    for (let i = 0; i < articles.length; i += BATCH) {
      const r = store.putArticles(articles.slice(i, i + BATCH));
      inserted += r.inserted;
      existing += r.existing;
      onStored?.(r.inserted, inserted);
      collection.tick(r.inserted);
    }
  });
  // Index what is held in memory: part of the run's time (an interrupted run's too).
  target.opened?.saveChromeProfiles(profiles.outlets());
  target.opened?.flush();
  return { ...stats, inserted, existing: existing + stats.known, stored: target.opened !== null };
}
