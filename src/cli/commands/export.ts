/** `rasd export --events --db FILE`: the stored events as a table with ACLED's columns, CSV or JSON lines. */
import { EVENT_MODE, EVENT_TYPES, EventStatusSchema, type EventType } from '../../core/event-schema.js';
import { csvHeader, csvLine, EVENT_COLUMNS, eventTableRow, jsonLine } from '../../export/event-table.js';
import { QueryError } from '../../search/query/errors.js';
import { parseQuery } from '../../search/query/parse.js';
import type { EventFilter } from '../../store/event-query.js';
import { isRealDay } from '../../text/iso-day.js';
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { openForReading } from '../open-store.js';

const STATUSES = [...EventStatusSchema.options, 'any'] as const;

/** The filter the options ask for, or the message saying what is wrong with them. */
function filterOf(v: Record<string, unknown>): EventFilter | string {
  const type = typeof v.type === 'string' ? v.type.toUpperCase() : null;
  if (type !== null && !(EVENT_TYPES as readonly string[]).includes(type)) return `--type must be a PLOVER event type (${EVENT_TYPES.join(', ')}), not ${JSON.stringify(v.type)}`;
  const mode = typeof v.mode === 'string' ? v.mode.toLowerCase() : null;
  if (mode !== null && !EVENT_MODE.test(mode)) return `--mode must be a PLOVER mode such as demo or suicide-attack, not ${JSON.stringify(v.mode)}`;
  for (const day of ['from', 'to'] as const) if (v[day] !== undefined && !isRealDay(String(v[day]))) return `--${day} must be a real day written YYYY-MM-DD, not ${JSON.stringify(v[day])}`;
  const status = (v.status ?? 'asserted') as string;
  if (!(STATUSES as readonly string[]).includes(status)) return `--status must be one of ${STATUSES.join(', ')}, not ${JSON.stringify(status)}`;
  const text = (k: string): string | null => (typeof v[k] === 'string' && v[k].trim() ? v[k].trim() : null);
  return {
    type: type as EventType | null,
    mode,
    actor: text('actor'),
    place: text('place'),
    from: (v.from as string | undefined) ?? null,
    to: (v.to as string | undefined) ?? null,
    status: status as EventFilter['status'],
    q: text('query'),
    linked: v.tellings !== true,
  };
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export the stored events as a table (ACLED-like columns), CSV or JSON lines',
  help: `Usage: rasd export --events --db FILE [--format csv|jsonl] [--query QUERY] [--type TYPE] [--mode MODE]
                   [--actor NAME] [--place NAME] [--from DAY] [--to DAY] [--status STATUS] [--tellings]

Writes the events found in the stored articles to standard output, newest first, one row per
event: an event several articles tell is one row, with every outlet in "source" and their
number in "tellings". Columns, as ACLED names them:
  ${EVENT_COLUMNS.slice(0, 8).join(', ')},
  ${EVENT_COLUMNS.slice(8, 16).join(', ')}
then Rasd's own: ${EVENT_COLUMNS.slice(16).join(', ')}.
event_type is the PLOVER type and sub_event_type its modes (; between them); actor1 did it and
actor2 had it done to them; fatalities are the killed the sentence counts (empty when it does
not say); notes is the sentence. country, admin1, latitude and longitude stay empty until places
are resolved to points; location is the place as the sentence names it.

Options:
  --events           export the events (the one export there is today)
  --db FILE          the database (default: $RASD_DB)
  --format F         csv (default: a header line, then one line per event) or jsonl
  --query QUERY      only events of articles matching this search query (as rasd search)
  --type TYPE        a PLOVER type: ${EVENT_TYPES.join(', ')}
  --mode MODE        a mode of the type: demo, aerial, arrest …
  --actor NAME       who did it, or to whom (as actor: in a query)
  --place NAME       the place the sentence names, whole words: حلب
  --from DAY         on or after this day (YYYY-MM-DD)
  --to DAY           on or before this day
  --status STATUS    asserted (default: events told as done), negated, future, hypothetical,
                     historical, or any
  --tellings         one row per telling instead of per event
  -h, --help         this help`,
  options: {
    events: { type: 'boolean' },
    db: { type: 'string' },
    format: { type: 'string' },
    query: { type: 'string' },
    type: { type: 'string' },
    mode: { type: 'string' },
    actor: { type: 'string' },
    place: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    status: { type: 'string' },
    tellings: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const format = values.format ?? 'csv';
    const filter = filterOf(values);
    const bad =
      values.events !== true
        ? 'say what to export: --events (the one export there is today)'
        : positionals.length
          ? `unexpected argument ${JSON.stringify(positionals[0])} (a query goes in --query)`
          : format !== 'csv' && format !== 'jsonl'
            ? `--format must be csv or jsonl, not ${JSON.stringify(format)}`
            : typeof filter === 'string'
              ? filter
              : null;
    if (bad || typeof filter === 'string') {
      await write(io.stderr, `rasd export: ${bad}\n`);
      return EXIT.usage;
    }
    try {
      if (filter.q) parseQuery(filter.q);
    } catch (err) {
      if (!(err instanceof QueryError)) throw err;
      await write(io.stderr, `rasd export: bad --query at character ${err.position + 1}: ${err.message}\n`);
      return EXIT.usage;
    }
    const store = await openForReading('export', values.db, io);
    if (!store) return EXIT.usage;
    try {
      if (format === 'csv') await write(io.stdout, csvHeader());
      for (const e of store.eachEvent(filter)) {
        const row = eventTableRow(e);
        await write(io.stdout, format === 'csv' ? csvLine(row) : jsonLine(row));
      }
      return EXIT.ok;
    } finally {
      store.close();
    }
  },
};
