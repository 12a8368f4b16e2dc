/**
 * Who reads the new words of `rasd analyze` (see analyze-lines.ts) on a worker thread, so that
 * reading words (the lexicon's work, once per distinct word) runs on another core while the main
 * thread scans the input and writes. This module loads no analyser: `rasd analyze` starts the
 * worker before it loads its own modules, so that the worker's start-up and the loading of its
 * data overlap theirs.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { AnalyzerOptions } from '../text/analyzer-options.js';
import type { NewWords } from '../text/deferred-analyzer.js';
import type { TermBytes } from './read-words.js';
import { RasdError } from '../errors.js';
import { workerUrl } from '../worker-url.js';
import { detachOneBuffer } from './detached-buffers.js';

export interface TermReader {
  /** The terms of a batch of words, in order (see read-words.ts); the batch's arrays may be handed away. */
  read(words: NewWords): Promise<TermBytes>;
  /** Lets the reader go. */
  close(): void;
}

/** An input of at least this many bytes starts its worker before it is read. */
export const LARGE = 1 << 21;

type Pending = { resolve: (terms: TermBytes) => void; reject: (e: Error) => void };

/** Reads words on a worker thread, which answers each request in the order it was sent. */
export class WorkerReader implements TermReader {
  private readonly worker: Worker;
  private readonly pending: Pending[] = [];
  private failed: Error | null = null;

  constructor(options: Partial<AnalyzerOptions> = {}) {
    // The main thread and the worker fill two cores: the scavenger's helper threads would only
    // take turns with them (on 2 cores a 14 MB run took 1.6 s with them, 1.3 s without).
    if (availableParallelism() <= 2) setFlagsFromString('--no-parallel-scavenge');
    // A run of a second or two spends much of its CPU compiling the analyser's code, and a
    // compilation's cost grows with what it inlines: inlining less into each function (300 bytes
    // of bytecode in all, V8's default 920) took 7% off the whole run's CPU time on 14 MB of news.
    setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
    detachOneBuffer();
    this.worker = new Worker(workerUrl(import.meta.url, 'term-reader-worker'), { workerData: options });
    this.worker.on('message', (m: { terms?: TermBytes; error?: string }) => {
      const p = this.pending.shift();
      if (!p) return;
      if (m.terms) p.resolve(m.terms);
      else this.fail(new RasdError('E_DATA', `reading words failed in a worker: ${m.error}`), p);
    });
    this.worker.on('error', (err) => this.fail(err));
  }

  read(words: NewWords): Promise<TermBytes> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      // The batch's arrays move to the worker, uncopied.
      this.worker.postMessage(words, [words.kinds.buffer as ArrayBuffer, words.units.buffer as ArrayBuffer, words.ends.buffer as ArrayBuffer]);
    });
  }

  close(): void {
    void this.worker.terminate();
  }

  private fail(err: Error, first?: Pending): void {
    this.failed = err;
    first?.reject(err);
    for (const p of this.pending.splice(0)) p.reject(err);
  }
}
