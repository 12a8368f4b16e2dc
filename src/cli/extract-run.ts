/**
 * The loop `extract` and `ingest` share: stream the inputs' articles to a sink, print each
 * diagnostic as it is found, keep the progress bar and the counts for the closing summary.
 */
import type { Article } from '../ingest/article.js';
import { extractInputs, type InputsOptions } from '../ingest/extract-inputs.js';
import { EXIT } from './command.js';
import type { CliIO } from './io.js';
import { progress } from './progress.js';
import { formatDiagnostic } from './report.js';

export interface RunStats {
  files: number;
  bytes: number;
  articles: number;
  diagnostics: number;
  errors: number;
  seconds: number;
  /** 1 when any error was reported, else 0. */
  code: number;
}

/** Runs the inputs (`-` is stdin) through extraction, handing each batch of articles to `sink`. */
export async function runExtraction(inputs: readonly string[], io: CliIO, label: string, o: InputsOptions, sink: (articles: Article[]) => Promise<void> | void): Promise<RunStats> {
  const bar = progress(io, label);
  const started = Date.now();
  const s = { files: 0, bytes: 0, articles: 0, diagnostics: 0, errors: 0 };
  try {
    for await (const r of extractInputs(inputs, io.stdin, o)) {
      s.bytes += r.bytes;
      if (r.done) s.files++;
      for (const d of r.diagnostics) {
        s.diagnostics++;
        if (d.severity === 'error') s.errors++;
        await bar.log(formatDiagnostic(d));
      }
      if (r.articles.length) {
        s.articles += r.articles.length;
        await sink(r.articles);
      }
      bar.update(s.files, s.articles, s.bytes);
    }
  } finally {
    bar.stop();
  }
  return { ...s, seconds: (Date.now() - started) / 1000, code: s.errors ? EXIT.failure : EXIT.ok };
}
