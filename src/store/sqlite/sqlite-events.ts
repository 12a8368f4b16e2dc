/**
 * Events in SQLite: the rows the index writer keeps (sqlite-index.ts), filtered, linked and paged
 * for `GET /api/events` and streamed for the export. Every value reaches SQL as a parameter; the
 * lists a filter needs (the ids a name stands for, the articles a query matches) go as one JSON
 * array read with json_each.
 */
import type Database from 'better-sqlite3';
import type { EventStatus, EventType } from '../../core/event-schema.js';
import { nameKey } from '../../entities/fold-name.js';
import { dayNumber, isoDay } from '../../text/iso-day.js';
import type { EventFilter, EventPage, StoredEvent, StoredParticipant } from '../event-query.js';

const dayOf = (iso: string | null | undefined): number | null => (iso ? dayNumber(iso) : null);
const isoOf = (day: number | null): string | null => (day === null ? null : isoDay(day));

/** What the store's search engine resolves for a filter: the ids a name stands for, the articles a query matches. */
export interface EventResolvers {
  namesFor(name: string): string[];
  matching(query: string): number[];
}

type Row = Record<string, string | number | null>;

const WHERE = `e.docno <= (SELECT value FROM meta WHERE key = 'indexed_upto')
  AND (@type IS NULL OR e.type = @type)
  AND (@mode IS NULL OR instr(' ' || e.modes || ' ', ' ' || @mode || ' ') > 0)
  AND (@status IS NULL OR e.status = @status)
  AND (@from IS NULL OR e.day >= @from) AND (@to IS NULL OR e.day <= @to)
  AND (@place IS NULL OR instr(' ' || e.place_key || ' ', ' ' || @place || ' ') > 0)
  AND (@actors IS NULL OR e.actor IN (SELECT value FROM json_each(@actors)) OR e.recipient IN (SELECT value FROM json_each(@actors)))
  AND (@docs IS NULL OR e.docno IN (SELECT value FROM json_each(@docs)))`;

// Linked, the first telling stands for its event: SQLite takes the bare columns of a group from its min() row.
const COLUMNS = `e.id, e.story, e.type, e.modes, e.status, e.trigger, e.actor, e.actor_name, e.actor_type, e.actor_country,
  e.recipient, e.recipient_name, e.recipient_type, e.recipient_country, e.place, e.day, e.killed, e.injured, e.arrested, e.displaced,
  e.confidence, e.sentence, a.id AS article, a.headline, a.outlet, a.url, a.published`;
const LINKED = `SELECT ${COLUMNS}, min(e.docno * 4096 + e.n) AS first, count(*) AS mentions, group_concat(a.outlet, char(10)) AS sources
  FROM events e JOIN articles a ON a.docno = e.docno WHERE ${WHERE} GROUP BY e.story`;
const SINGLE = `SELECT ${COLUMNS}, e.docno * 4096 + e.n AS first, 1 AS mentions, a.outlet AS sources
  FROM events e JOIN articles a ON a.docno = e.docno WHERE ${WHERE}`;
const ORDER = 'ORDER BY day IS NULL, day DESC, first';

function participant(r: Row, side: 'actor' | 'recipient'): StoredParticipant | null {
  const key = r[side] as string | null;
  if (key === null) return null;
  return { key, name: r[`${side}_name`] as string, type: r[`${side}_type`] as string, country: r[`${side}_country`] as string | null };
}

function toEvent(r: Row): StoredEvent {
  const outlet = r.outlet as string | null;
  // The first telling's outlet first, then the others in order of their names.
  const others = [...new Set(((r.sources as string | null) ?? '').split('\n'))].filter((s) => s && s !== outlet).sort();
  const sources = outlet ? [outlet, ...others] : others;
  return {
    id: r.id as string,
    story: r.story as string,
    mentions: r.mentions as number,
    article: { id: r.article as string, headline: r.headline as string | null, outlet, url: r.url as string | null, published: r.published as string | null },
    sources,
    type: r.type as EventType,
    mode: (r.modes as string).split(' ').filter(Boolean),
    status: r.status as EventStatus,
    trigger: r.trigger as string,
    actor: participant(r, 'actor'),
    recipient: participant(r, 'recipient'),
    place: r.place as string | null,
    date: isoOf(r.day as number | null),
    counts: { killed: r.killed as number | null, injured: r.injured as number | null, arrested: r.arrested as number | null, displaced: r.displaced as number | null },
    confidence: r.confidence as number,
    sentence: r.sentence as string,
  };
}

export interface SqliteEvents {
  page(filter: EventFilter, limit: number, offset: number): EventPage;
  each(filter: EventFilter): IterableIterator<StoredEvent>;
}

export function sqliteEvents(db: Database.Database, resolve: EventResolvers): SqliteEvents {
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const params = (f: EventFilter): Record<string, string | number | null> => {
    const place = f.place ? nameKey(f.place) : null;
    return {
      type: f.type ?? null,
      mode: f.mode ? f.mode.toLowerCase() : null,
      status: f.status === 'any' ? null : (f.status ?? 'asserted'),
      from: dayOf(f.from),
      to: dayOf(f.to),
      // A place the name key folds to nothing (punctuation) matches nothing, not everything.
      place: f.place ? place || '\u0000' : null,
      actors: f.actor ? JSON.stringify(resolve.namesFor(f.actor)) : null,
      docs: f.q ? JSON.stringify(resolve.matching(f.q)) : null,
    };
  };
  const base = (f: EventFilter): string => (f.linked === false ? SINGLE : LINKED);
  return {
    page(filter, limit, offset) {
      const p = params(filter);
      const total = prepared(`SELECT count(*) FROM (${base(filter)})`).pluck().get(p) as number;
      const rows = prepared(`${base(filter)} ${ORDER} LIMIT @limit OFFSET @offset`).all({ ...p, limit, offset }) as Row[];
      const days = prepared(`SELECT type, day, count(*) AS count FROM (${base(filter)}) WHERE day IS NOT NULL GROUP BY day, type ORDER BY day, type`).all(p) as Array<{ type: EventType; day: number; count: number }>;
      return { total, offset, limit, events: rows.map(toEvent), timeline: days.map((d) => ({ type: d.type, date: isoOf(d.day)!, count: d.count })) };
    },
    *each(filter) {
      for (const r of prepared(`${base(filter)} ${ORDER}`).iterate(params(filter)) as Iterable<Row>) yield toEvent(r);
    },
  };
}
