/**
 * Entities found on other cores: a small pool of worker threads, each with its own tagger, fed
 * batches of articles in turn. The tagger is the costly stage of ingest, so the main thread keeps
 * extracting and indexing while the workers tag.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { RasdError } from '../errors.js';
import type { Article } from '../core/article.js';
import { chosenModel } from '../ner/model-choice.js';
import { workerUrl } from '../worker-url.js';

type Pending = { resolve: (a: Article[]) => void; reject: (e: Error) => void };

/**
 * Workers the pool starts by default: one. Each worker holds its own tagger (the model, the
 * lexicons, and a heap that grows with what it tags), about 130 MB with the limits below, and a
 * run is to stay within about 400 MB whatever its size (bench:ingest measures it); `--workers N`
 * trades memory for speed on larger machines. The main thread extracts and indexes beside it.
 */
export function defaultWorkers(): number {
  return Math.min(1, availableParallelism());
}

/**
 * Each worker's V8 heap is capped: tagging leaves much short-lived garbage, and an uncapped heap
 * grows to three times what is live before it collects (about 300 MB a worker, measured on a
 * SaudiNewsNet day), where 128 MB keeps it near 100 MB at no cost in speed. Live data stays under
 * half of it even for the longest article the extractors let through.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 } as const;

export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private failed: Error | null = null;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      // Each worker tags with the model this thread tags with (`--model`, a store's adapted model).
      const w = new Worker(workerUrl(import.meta.url, 'pool-worker'), { resourceLimits: WORKER_HEAP, workerData: { model: chosenModel() } });
      w.on('message', (m: { id: number; articles?: Article[]; error?: string }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.articles) p.resolve(m.articles);
        else p.reject(new RasdError('E_DATA', `entity tagging failed in a worker: ${m.error}`));
      });
      w.on('error', (err) => this.fail(err));
      this.workers.push(w);
    }
  }

  private fail(err: Error): void {
    this.failed = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  /** The articles with their entities, from the next worker in turn. */
  annotate(articles: Article[]): Promise<Article[]> {
    if (this.failed) return Promise.reject(this.failed);
    if (!articles.length) return Promise.resolve(articles);
    const id = this.next++;
    const w = this.workers[id % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.postMessage({ id, articles });
    });
  }

  /** Stops the workers; batches still out are rejected (an interrupted run does not wait for them). */
  async close(): Promise<void> {
    this.fail(new RasdError('E_BUSY', 'entity tagging was stopped'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
