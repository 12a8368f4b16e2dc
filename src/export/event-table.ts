/**
 * Events as a table with ACLED's column names, for analysts' tools: one row per event (linked
 * tellings counted once), written as CSV or JSON lines. Columns ACLED has and Rasd cannot fill yet
 * (country, admin1, latitude, longitude: places are not resolved to points) are present and empty.
 */
import type { StoredEvent } from '../store/event-query.js';

export const EVENT_COLUMNS = [
  'event_id',
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'actor2',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'fatalities',
  'source',
  'source_url',
  'notes',
  // Rasd's own, after ACLED's.
  'injured',
  'arrested',
  'displaced',
  'tellings',
  'article_id',
  'confidence',
] as const;

export type EventColumn = (typeof EVENT_COLUMNS)[number];
export type EventTableRow = Record<EventColumn, string | number | null>;

/** One event as a row: the PLOVER type and its modes (`;`-separated), who did it and to whom, the sentence as notes. */
export function eventTableRow(e: StoredEvent): EventTableRow {
  return {
    event_id: e.id,
    event_date: e.date,
    event_type: e.type,
    sub_event_type: e.mode.join(';') || null,
    actor1: e.actor?.name ?? null,
    assoc_actor_1: null,
    actor2: e.recipient?.name ?? null,
    country: null,
    admin1: null,
    location: e.place,
    latitude: null,
    longitude: null,
    fatalities: e.counts.killed,
    source: e.sources.join('; ') || null,
    source_url: e.article.url,
    notes: e.sentence,
    injured: e.counts.injured,
    arrested: e.counts.arrested,
    displaced: e.counts.displaced,
    tellings: e.mentions,
    article_id: e.article.id,
    confidence: e.confidence,
  };
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A text that a
 * spreadsheet would run as a formula (=, +, -, @ first) is kept as text with a leading apostrophe.
 */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const text = /^[=+\-@\t\r]/u.test(v) ? `'${v}` : v;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvHeader = (): string => EVENT_COLUMNS.join(',') + '\r\n';
export const csvLine = (r: EventTableRow): string => EVENT_COLUMNS.map((c) => csvField(r[c])).join(',') + '\r\n';
export const jsonLine = (r: EventTableRow): string => JSON.stringify(r) + '\n';
