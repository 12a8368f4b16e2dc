/**
 * The loop `extract` and `ingest` share: stream the inputs' articles to a sink, print each
 * diagnostic as it is found, keep the progress bar and the counts for the closing summary.
 */
import type { Article } from '../core/article.js';
import { articleFlow, type PipelineOptions } from '../pipeline.js';
import { EXIT } from './command.js';
import type { CliIO } from './io.js';
import { progress } from './progress.js';
import { formatDiagnostic } from './report.js';

export interface RunStats {
  files: number;
  bytes: number;
  articles: number;
  /** Articles dropped before analysis because they are stored already. */
  known: number;
  /** Articles extracted, whether they reached the sink or not (an interrupted run drops those in analysis). */
  extracted: number;
  diagnostics: number;
  errors: number;
  warnings: number;
  seconds: number;
  /** 1 when any input was bad (an error or a warning was reported), else 0. */
  code: number;
  /** Set when the run was stopped by `signal`: the input it stopped in, if any. */
  interrupted: { input: string | null } | null;
}

/**
 * `promise`, or 'stopped' as soon as `signal` aborts: an interruption must not wait for the next
 * result (more input on a pipe, a batch in analysis). The listener is removed when the promise
 * settles: a `Promise.race` against one long-lived promise would keep every result alive.
 */
function unlessStopped<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | 'stopped'> {
  if (signal.aborted) return Promise.resolve('stopped');
  return new Promise((resolve, reject) => {
    const stop = (): void => resolve('stopped');
    signal.addEventListener('abort', stop, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', stop);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(e);
      },
    );
  });
}

/**
 * Runs the inputs (`-` is stdin) through extraction, handing each batch of articles to `sink`.
 * When `o.signal` aborts, the run stops after the batch in hand and says where it stopped.
 */
export async function runExtraction(inputs: readonly string[], io: CliIO, label: string, o: PipelineOptions, sink: (articles: Article[]) => Promise<void> | void): Promise<RunStats> {
  const bar = progress(io, label);
  const started = Date.now();
  const s = { files: 0, bytes: 0, articles: 0, known: 0, extracted: 0, diagnostics: 0, errors: 0, warnings: 0 };
  let current: string | null = null;
  const results = articleFlow(inputs, io.stdin, { ...o, onExtracted: (n) => (s.extracted += n) });
  try {
    for (;;) {
      const next = results.next();
      const r = o.signal ? await unlessStopped(next, o.signal) : await next;
      if (r === 'stopped') {
        // The generator finishes the step in hand later; what it then throws (workers stopped) is the interruption.
        next.then(() => results.return(undefined), () => {}).catch(() => {});
        break;
      }
      if (r.done) break;
      const result = r.value;
      s.bytes += result.bytes;
      current = result.done ? null : result.name;
      if (result.done) s.files++;
      for (const d of result.diagnostics) {
        s.diagnostics++;
        if (d.severity === 'error') s.errors++;
        if (d.severity === 'warning') s.warnings++;
        await bar.log(formatDiagnostic(d));
      }
      s.known += result.known ?? 0;
      if (result.articles.length) {
        s.articles += result.articles.length;
        await sink(result.articles);
      }
      bar.update(s.files, s.articles + s.known, s.bytes);
      if (o.signal?.aborted) {
        await results.return(undefined).catch(() => {});
        break;
      }
    }
  } catch (err) {
    // Stopping the workers rejects the batches they held: that is the interruption, not a failure.
    if (!o.signal?.aborted) throw err;
  } finally {
    bar.stop();
  }
  const code = s.errors || s.warnings ? EXIT.failure : EXIT.ok;
  return { ...s, seconds: (Date.now() - started) / 1000, code, interrupted: o.signal?.aborted ? { input: current } : null };
}
