/**
 * What a store answers about events (`GET /api/events`, `rasd export --events`): the filters, one
 * stored event with its article, and a page of them. The same on every store.
 */
import type { EventStatus, EventType } from '../core/event-schema.js';

/** Which events: every filter given must hold. Days are ISO (YYYY-MM-DD), inclusive. */
export interface EventFilter {
  type?: EventType | null;
  /** A PLOVER mode of the type (`demo`, `aerial`). */
  mode?: string | null;
  /** A name, as `actor:` takes it: the events it acts in or is acted on in. */
  actor?: string | null;
  /** A place as written in the sentence (`حلب`, `ريف حلب`), matched by its name key, whole words. */
  place?: string | null;
  from?: string | null;
  to?: string | null;
  /** Events told so (default `asserted`: those that happened), or `any`. */
  status?: EventStatus | 'any';
  /** A search query the events' articles must match. */
  q?: string | null;
  /** One row per event, however many articles tell it (its first telling, with `mentions` and every source). Default true. */
  linked?: boolean;
}

/** A participant as stored: `key` is what `actor:` matches. */
export interface StoredParticipant {
  key: string;
  name: string;
  type: string;
  country: string | null;
}

export interface StoredEvent {
  /** `<article id>-<n>`: the n-th event of the article. */
  id: string;
  /** The id of the first telling of the same event (its own id when it is the first). */
  story: string;
  /** How many tellings of the event match the filter (1 unless linked). */
  mentions: number;
  article: { id: string; headline: string | null; outlet: string | null; url: string | null; published: string | null };
  /** The outlets of the tellings, first telling's first. */
  sources: string[];
  type: EventType;
  mode: string[];
  status: EventStatus;
  trigger: string;
  actor: StoredParticipant | null;
  recipient: StoredParticipant | null;
  place: string | null;
  /** The event's day (the sentence's date, else the article's), or null. */
  date: string | null;
  counts: { killed: number | null; injured: number | null; arrested: number | null; displaced: number | null };
  confidence: number;
  /** The sentence that tells it. */
  sentence: string;
}

export interface EventPage {
  /** Events matching the filter (linked events counted once). */
  total: number;
  offset: number;
  limit: number;
  events: StoredEvent[];
  /** Matching events per type and day, chronological (events without a day left out): the timeline by type. */
  timeline: Array<{ type: EventType; date: string; count: number }>;
}

export const MAX_EVENT_LIMIT = 500;
