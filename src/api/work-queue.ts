/**
 * A bounded queue for the work requests ask of the store. Searches run synchronously on the one
 * event loop, so without it every request that arrives is started at once and waits for all the
 * others: under 128 connections p99 reached 5.7 s and requests timed out. With it, at most
 * `concurrency` jobs run, the rest wait their turn in arrival order, and past `limit` places
 * (taken when a request arrives, before its body is read, and kept until its job is done) a
 * request is refused at once with 503 `overloaded` and `Retry-After`. Jobs start in a turn of the
 * event loop of their own, so new connections, health checks and refusals are served in between.
 */
import { ApiError, RETRY_AFTER_SECONDS } from './errors.js';

export interface WorkQueueOptions {
  /** Jobs running at once: 1 for synchronous work, which cannot overlap anyway. */
  concurrency: number;
  /** Most places taken at once: requests reading their body, waiting or running. */
  limit: number;
  /** What the refusal says is busy, e.g. `searches`. */
  label: string;
  /** Milliseconds of jobs run back to back in one turn of the loop before new requests are read (default 0: one job a turn). */
  slice?: number;
}

/** A place in the queue, taken when a request arrives. */
export interface Place {
  /** Runs `job` in turn and gives the place back. A job whose client has gone (`gone()`) is skipped. Once only. */
  run<T>(job: () => T | Promise<T>, gone?: () => boolean): Promise<T>;
  /** Gives the place back if its job never ran (the body was refused, the client left); no-op otherwise. */
  release(): void;
}

export interface WorkQueue {
  /** A place, or null when all `limit` are taken. */
  enter(): Place | null;
  /** `enter()` and `run(job)`, or 503 `overloaded` at once when the queue is full. */
  run<T>(job: () => T | Promise<T>, gone?: () => boolean): Promise<T>;
  /** Places taken now. */
  readonly size: number;
  /** True when a request would be refused now. */
  readonly full: boolean;
  readonly limit: number;
  readonly label: string;
}

/** A queue as {@link WorkQueueOptions} say. */
export function createWorkQueue(o: WorkQueueOptions): WorkQueue {
  let taken = 0;
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
    taken--;
    if (performance.now() - turn < (o.slice ?? 0)) start();
    schedule();
  };

  const enter = (): Place | null => {
    if (taken >= o.limit) return null;
    taken++;
    let state: 'held' | 'ran' | 'released' = 'held';
    return {
      async run(job, gone) {
        if (state !== 'held') throw new Error(`a queue place runs one job, and only before it is released (it was ${state})`);
        state = 'ran';
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
      release() {
        if (state !== 'held') return;
        state = 'released';
        taken--;
      },
    };
  };

  return {
    enter,
    run(job, gone) {
      const place = enter();
      if (!place) return Promise.reject(overloaded(o));
      return place.run(job, gone);
    },
    get size() {
      return taken;
    },
    get full() {
      return taken >= o.limit;
    },
    limit: o.limit,
    label: o.label,
  };
}

/** The refusal when every place is taken. */
export function overloaded(o: { limit: number; label: string }): ApiError {
  return new ApiError('overloaded', `the server has ${o.limit} ${o.label} under way or waiting: try again in ${RETRY_AFTER_SECONDS} s`);
}
