/** `rasd ingest [inputs…] --db FILE`: extract and store articles; ingesting the same article twice is a no-op. */
import type { Diagnostic } from '../../errors.js';
import type { Article } from '../../ingest/article.js';
import { extractInputs } from '../../ingest/extract-inputs.js';
import { parseFieldMap } from '../../ingest/records/field-map.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { progress } from '../progress.js';
import { reportDiagnostics } from '../report.js';

/** Articles are written in transactions of this many. */
const BATCH = 500;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'extract articles from inputs and store them in the embedded database',
  help: `Usage: rasd ingest [INPUT…] --db FILE [--outlet NAME] [--map FIELD=key,…] [--encoding NAME]

Extracts articles as "rasd extract" does (files, folders, .zip and .gz archives, standard
input when no INPUT is given) and stores them in the SQLite database FILE, created if
needed. Each article is keyed by an id derived from its normalised content, so running
the same ingest twice stores nothing new. Articles are written in transactions: an
interrupted run leaves no partial article, and a re-run completes the rest.

Options:
  --db FILE            the database (required)
  --outlet NAME        the outlet, when the input does not say
  --map FIELD=key,…    record field mapping, as for extract
  --encoding NAME      the inputs' encoding; detected when not given
  -h, --help           this help`,
  options: { db: { type: 'string' }, outlet: { type: 'string' }, map: { type: 'string' }, encoding: { type: 'string' } },
  async run({ values, positionals }, io) {
    if (typeof values.db !== 'string' || !values.db) {
      await write(io.stderr, 'rasd ingest: --db FILE is required\n');
      return EXIT.usage;
    }
    const map = typeof values.map === 'string' ? parseFieldMap(values.map) : undefined;
    const store = openSqliteStore(values.db);
    const diagnostics: Diagnostic[] = [];
    const bar = progress(io, 'ingest');
    const started = Date.now();
    let files = 0;
    let bytes = 0;
    let inserted = 0;
    let existing = 0;
    let batch: Article[] = [];
    const flush = (): void => {
      const r = store.putArticles(batch);
      inserted += r.inserted;
      existing += r.existing;
      batch = [];
    };
    try {
      const options = { outlet: (values.outlet as string | undefined) ?? null, ...(map ? { map } : {}), ...(values.encoding ? { encoding: values.encoding as string } : {}) };
      for await (const result of extractInputs(positionals.length ? positionals : ['-'], io.stdin, options)) {
        files++;
        bytes += result.bytes;
        diagnostics.push(...result.diagnostics);
        for (const a of result.articles) {
          batch.push(a);
          if (batch.length >= BATCH) flush();
        }
        bar.update(files, inserted + existing + batch.length, bytes);
      }
      flush();
    } finally {
      bar.stop();
      store.close();
    }
    const seconds = (Date.now() - started) / 1000;
    const code = await reportDiagnostics(diagnostics, io);
    await write(
      io.stderr,
      `ingested ${files} inputs (${(bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s: ${inserted} new articles, ${existing} already stored, ${diagnostics.length} diagnostics → ${values.db}\n`,
    );
    return code;
  },
};
