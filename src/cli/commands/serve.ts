/** `rasd serve --db FILE`: the HTTP JSON API over a store, until SIGINT or SIGTERM. */
import { existsSync } from 'node:fs';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { useStoreModel } from '../model-option.js';
import { dbPath } from '../db-option.js';
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { parsePort, serveUntilSignal } from '../listen.js';

const DEFAULT_PORT = 8080;
const DEFAULT_HOST = '127.0.0.1';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the web UI and the HTTP JSON API (OpenAPI at /api/openapi.json) over a store',
  help: `Usage: rasd serve --db FILE [--port ${DEFAULT_PORT}] [--host ${DEFAULT_HOST}] [--token TOKEN] [--log]

Serves the database FILE over HTTP until interrupted (Ctrl-C or SIGTERM):
the web UI at /, and GET /api/search?q=…, /api/articles/ID, /api/stats, /api/health and
/api/openapi.json.
Without a token the database is opened read-only (beside a running "rasd ingest") and
must exist. With a token, POST /api/articles accepts articles from clients that send
"Authorization: Bearer TOKEN", and the database is created if needed.
The URL is printed on standard error. See docs/api.md.

Options:
  --db FILE        the database (default: $RASD_DB)
  --port N         the TCP port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host ADDR      the address to listen on (default ${DEFAULT_HOST}, this machine only)
  --token TOKEN    the bearer token that writes need; the environment variable RASD_TOKEN
                   does the same without showing the token in the process list
  --log            log each request as JSON lines on standard output
  -h, --help       this help`,
  options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' }, log: { type: 'boolean' } },
  async run({ values }, io) {
    const db = dbPath(values.db);
    if (typeof db !== 'string' || !db) {
      await write(io.stderr, 'rasd serve: --db FILE is required\n');
      return EXIT.usage;
    }
    const portText = (values.port as string | undefined) ?? String(DEFAULT_PORT);
    const port = parsePort(portText);
    if (port === null) {
      await write(io.stderr, `rasd serve: --port must be a number from 0 to 65535, got "${portText}"\n`);
      return EXIT.usage;
    }
    const host = (values.host as string | undefined) || DEFAULT_HOST;
    const token = (values.token as string | undefined) ?? (process.env.RASD_TOKEN || undefined);
    if (token !== undefined && !/^\S+$/.test(token)) {
      await write(io.stderr, 'rasd serve: the token must be non-empty and hold no spaces\n');
      return EXIT.usage;
    }
    if (!token && !existsSync(db)) {
      await write(io.stderr, `rasd serve: the database "${db}" does not exist; create it with "rasd ingest … --db ${db}", or give --token to serve a new, empty one that accepts articles\n`);
      return EXIT.usage;
    }
    const store = openSqliteStore(db, { readonly: !token });
    useStoreModel(store, db);
    const mode = token ? 'writable: POST /api/articles needs the token' : 'read-only';
    return serveUntilSignal(store, { port, host, token: token ?? null, logger: values.log === true, label: 'serve', ready: (url) => `rasd serve: listening on ${url} (${db}: ${store.countArticles()} articles, ${mode})\n` }, io);
  },
};
