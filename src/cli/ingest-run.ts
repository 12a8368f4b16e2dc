/** Extracting inputs into a store, in transactions, then indexing: what `rasd ingest` and `rasd demo` share. */
import type { InputsOptions } from '../ingest/extract-inputs.js';
import type { Store } from '../store/store.js';
import { runExtraction, type RunStats } from './extract-run.js';
import type { CliIO } from './io.js';

/** Articles are written in transactions of this many. */
const BATCH = 500;

export interface IngestStats extends RunStats {
  inserted: number;
  existing: number;
}

export async function ingestInto(store: Store, inputs: readonly string[], io: CliIO, label: string, options: InputsOptions): Promise<IngestStats> {
  let inserted = 0;
  let existing = 0;
  const stats = await runExtraction(inputs, io, label, options, (articles) => {
    for (let i = 0; i < articles.length; i += BATCH) {
      const r = store.putArticles(articles.slice(i, i + BATCH));
      inserted += r.inserted;
      existing += r.existing;
    }
  });
  // Index what is held in memory: part of the run's time.
  store.flush();
  return { ...stats, inserted, existing };
}
