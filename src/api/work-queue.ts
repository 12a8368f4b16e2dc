/**
 * A bounded queue for the work requests ask of the store. Searches run synchronously on the one
 * event loop, so without it every request that arrives is started at once and waits for all the
 * others: under 128 connections p99 reached 5.7 s and requests timed out. With it, at most
 * `concurrency` jobs run, the rest wait their turn in arrival order, and past `limit` jobs (running
 * + waiting) a request is refused at once with 503 `overloaded` and `Retry-After`, costing nothing.
 * Each job starts in its own turn of the event loop, so new connections, health checks and the
 * refusals are served between two searches.
 */
import { ApiError, RETRY_AFTER_SECONDS } from './errors.js';

export interface WorkQueueOptions {
  /** Jobs running at once: 1 for synchronous work, which cannot overlap anyway. */
  concurrency: number;
  /** Most jobs running and waiting together; a job past it is refused. */
  limit: number;
  /** What the refusal says is busy, e.g. `searches`. */
  label: string;
  /** Milliseconds of jobs run back to back in one turn of the loop before new requests are read (default 0: one job a turn). */
  slice?: number;
}

export interface WorkQueue {
  /** Runs `job` in turn, or throws 503 `overloaded` at once when the queue is full. A job whose client has gone (`gone()`) is skipped. */
  run<T>(job: () => T | Promise<T>, gone?: () => boolean): Promise<T>;
  /** Jobs running and waiting now. */
  readonly size: number;
  /** True when a job would be refused now. */
  readonly full: boolean;
  readonly limit: number;
  readonly label: string;
}

/** A queue as {@link WorkQueueOptions} say. */
export function createWorkQueue(o: WorkQueueOptions): WorkQueue {
  let running = 0;
  const waiting: Array<() => void> = [];
  let scheduled = false;

  let turn = 0; // when the current turn's jobs began
  const start = (): void => {
    if (running < o.concurrency && waiting.length) {
      running++;
      waiting.shift()!();
    }
  };
  // Jobs start in a turn of their own (setImmediate runs after the poll phase has read new requests)
  // and go on back to back for `slice` ms, so the requests read in between are few per job done.
  const next = (): void => {
    scheduled = false;
    turn = performance.now();
    start();
    schedule();
  };
  const schedule = (): void => {
    if (!scheduled && running < o.concurrency && waiting.length) {
      scheduled = true;
      setImmediate(next);
    }
  };
  const finished = (): void => {
    running--;
    if (performance.now() - turn < (o.slice ?? 0)) start();
    schedule();
  };

  return {
    get size() {
      return running + waiting.length;
    },
    get full() {
      return running + waiting.length >= o.limit;
    },
    limit: o.limit,
    label: o.label,
    async run(job, gone) {
      if (running + waiting.length >= o.limit) {
        throw new ApiError('overloaded', `the server has ${o.limit} ${o.label} under way or waiting: try again in ${RETRY_AFTER_SECONDS} s`);
      }
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        schedule();
      });
      try {
        // Nobody will read the answer: the work is skipped (a client that timed out has often sent the request again).
        if (gone?.()) throw new ApiError('timeout', 'the client closed the connection before its turn');
        return await job();
      } finally {
        finished();
      }
    },
  };
}
