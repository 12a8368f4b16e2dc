/** `rasd ingest [inputs…] --db FILE`: extract and store articles; ingesting the same article twice is a no-op. */
import { RasdError } from '../../errors.js';
import { parseFieldMap } from '../../ingest/records/field-map.js';
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { interruption } from '../interruption.js';
import { dbPath } from '../db-option.js';
import { IngestTarget, ingestInto, type IngestStats } from '../ingest-run.js';

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
  --db FILE            the database (default: $RASD_DB)
  --outlet NAME        the outlet, when the input does not say
  --map FIELD=key,…    record field mapping, as for extract
  --encoding NAME      the inputs' encoding; detected when not given
  --no-analysis        the bare structure: no entities, quotes, times or quantities
                       (faster; entity:, said: and the entity facet need them)
  --no-entities        the same as --no-analysis
  --verbose            say what the run does as lines on stderr (when it starts reading, each
                       batch stored), for logs where no progress bar is drawn
  --workers N          threads that analyse beside extraction (default 1; each adds about
                       130 MB to the run's memory, 0 analyses on the main thread)
  -h, --help           this help

Articles stored already are recognised by their id and not analysed again. Only one
process writes a database at a time: a second ingest waits for the first to finish.
Ctrl-C or SIGTERM stops the run: what was analysed is stored and made searchable, the
summary says what was not, and the exit code is 130 (143 for SIGTERM); run the same
command again to store the rest. A FILE that is not a Rasd store (another program's
database, an archive) is refused and left untouched, and a run that stores nothing
creates no database.
Exit codes: 0 ok, 1 when an input was bad (any error or warning was reported; the good
articles are stored all the same), 2 usage.`,
  options: {
    'no-analysis': { type: 'boolean' },
    'no-entities': { type: 'boolean' },
    db: { type: 'string' },
    outlet: { type: 'string' },
    map: { type: 'string' },
    encoding: { type: 'string' },
    workers: { type: 'string' },
    verbose: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const db = dbPath(values.db);
    if (!db) {
      await write(io.stderr, 'rasd ingest: --db FILE is required (or set RASD_DB)\n');
      return EXIT.usage;
    }
    const map = typeof values.map === 'string' ? parseFieldMap(values.map) : undefined;
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 16)) {
      await write(io.stderr, `rasd ingest: --workers must be a whole number from 0 to 16, got "${String(values.workers)}"\n`);
      return EXIT.usage;
    }
    const started = Date.now();
    const stop = interruption(io);
    let target: IngestTarget | null = null;
    let stats: IngestStats;
    try {
      target = await IngestTarget.open(db, io, 'ingest', stop.signal);
      const options = {
        outlet: (values.outlet as string | undefined) ?? null,
        ...(map ? { map } : {}),
        ...(values.encoding ? { encoding: values.encoding as string } : {}),
        ...(workers !== undefined ? { workers } : {}),
        analyse: values['no-entities'] !== true && values['no-analysis'] !== true,
        signal: stop.signal,
      };
      const inputs = positionals.length ? positionals : ['-'];
      if (values.verbose === true) await write(io.stderr, `rasd ingest: reading ${inputs.length} input${inputs.length === 1 ? '' : 's'} into "${db}"\n`);
      stats = await ingestInto(target, inputs, io, 'ingest', { ...options, ...(values.verbose === true ? { onStored: (n: number, total: number) => void write(io.stderr, `rasd ingest: stored ${n} articles (${total} in this run)\n`) } : {}) });
    } catch (err) {
      // Stopped while waiting for another writer: nothing was stored.
      if (!(stop.signal.aborted && err instanceof RasdError && err.code === 'E_BUSY')) throw err;
      await write(io.stderr, `rasd ingest: interrupted (${stop.name}) while waiting to write "${db}": nothing was stored\n`);
      return stop.code();
    } finally {
      target?.close();
      stop.dispose();
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const problems = `${stats.diagnostics} diagnostics (${stats.errors} errors, ${stats.warnings} warnings)`;
    if (stats.interrupted) {
      // A pipe still open would keep the process waiting for input no one will read.
      if (io.stdin === process.stdin) process.stdin.destroy();
      const where = stats.interrupted.input ? ` inside "${stats.interrupted.input}"` : '';
      const lost = stats.extracted - stats.inserted - stats.existing;
      const stored = stats.stored ? `${stats.inserted} new articles stored and searchable, ${stats.existing} already stored` : 'nothing was stored and no database was created';
      const why = stats.inserted || !lost ? '' : ' (the articles read so far were still being analysed: each is stored once analysed)';
      await write(
        io.stderr,
        `rasd ingest: interrupted (${stop.name}) after ${seconds} s, ${stats.files} inputs finished${where}: ${stored}${why}; ${lost} articles read but not stored; ${problems}. Run the same command again to store the rest: what is stored is skipped.\n`,
      );
      return stop.code();
    }
    const to = stats.stored ? ` → ${db}` : `; nothing to store, so no database was created at "${db}"`;
    await write(io.stderr, `ingested ${stats.files} inputs (${(stats.bytes / 1e6).toFixed(1)} MB) in ${seconds} s: ${stats.inserted} new articles, ${stats.existing} already stored, ${problems}${to}\n`);
    return stats.code;
  },
};
