/** `rasd ingest [inputs…] --db FILE`: extract and store articles; ingesting the same article twice is a no-op. */
import { parseFieldMap } from '../../ingest/records/field-map.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { dbPath } from '../db-option.js';
import { ingestInto } from '../ingest-run.js';

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
  -h, --help           this help`,
  options: { 'no-analysis': { type: 'boolean' }, 'no-entities': { type: 'boolean' }, db: { type: 'string' }, outlet: { type: 'string' }, map: { type: 'string' }, encoding: { type: 'string' } },
  async run({ values, positionals }, io) {
    const db = dbPath(values.db);
    if (!db) {
      await write(io.stderr, 'rasd ingest: --db FILE is required (or set RASD_DB)\n');
      return EXIT.usage;
    }
    const map = typeof values.map === 'string' ? parseFieldMap(values.map) : undefined;
    const started = Date.now();
    const store = openSqliteStore(db);
    let stats;
    try {
      const options = { outlet: (values.outlet as string | undefined) ?? null, ...(map ? { map } : {}), ...(values.encoding ? { encoding: values.encoding as string } : {}), entities: values['no-entities'] !== true && values['no-analysis'] !== true };
      stats = await ingestInto(store, positionals.length ? positionals : ['-'], io, 'ingest', options);
    } finally {
      store.close();
    }
    const seconds = (Date.now() - started) / 1000;
    await write(
      io.stderr,
      `ingested ${stats.files} inputs (${(stats.bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s: ${stats.inserted} new articles, ${stats.existing} already stored, ${stats.diagnostics} diagnostics → ${db}\n`,
    );
    return stats.code;
  },
};
