/**
 * An article's events as the rows the store keeps for `GET /api/events` and the export: one per
 * event, flat, with its participants keyed as `actor:` finds them, its day, its counts and the
 * sentence that tells it (an export's notes need the words, not offsets into a record).
 */
import type { Article } from '../../core/article.js';
import { articleText } from '../../core/article-text.js';
import type { ArticleEvent, EventStatus, EventType, Participant } from '../../core/event-schema.js';
import { nameKey } from '../../entities/fold-name.js';
import { dayNumber } from '../../text/iso-day.js';
import { actorKey } from './doc-facts.js';

/** Longest sentence a row keeps: a sentence longer than this is an unsplit paragraph, cut with «…». */
export const MAX_NOTES = 1000;

export interface EventParticipantRow {
  /** What `actor:` matches: the canonical entity id, or `group:<name key>`. */
  key: string;
  /** The name the store shows: the entity's, or the group's words. */
  name: string;
  /** PERS, ORG, LOC, MISC, or GROUP for an unnamed group. */
  type: string;
  country: string | null;
  sector: string | null;
}

export interface EventRow {
  /** The event's place in its article's `events`. */
  n: number;
  type: EventType;
  /** PLOVER modes, space-separated ('' when none). */
  modes: string;
  status: EventStatus;
  actor: EventParticipantRow | null;
  recipient: EventParticipantRow | null;
  /** The place as written, and its name key for filtering and linking (null when the sentence names none). */
  place: string | null;
  placeKey: string | null;
  /** Days since 1970-01-01: the day the sentence dates the event to, else the article's day; null when neither is known. */
  day: number | null;
  killed: number | null;
  injured: number | null;
  arrested: number | null;
  displaced: number | null;
  confidence: number;
  trigger: string;
  /** The sentence, at most {@link MAX_NOTES} characters. */
  sentence: string;
}

/** The day of a resolved time value that names one («2015-07-03», «2015-07-03T10:00»), else null. */
export function valueDay(value: string | null | undefined): number | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})(?![\d/])/.exec(value) : null;
  if (!m) return null;
  const day = dayNumber(m[1]!);
  return Number.isNaN(day) ? null : day;
}

function participant(p: Participant | null): EventParticipantRow | null {
  if (!p) return null;
  return { key: actorKey(p), name: p.name ?? p.text, type: p.type ?? 'GROUP', country: p.country, sector: p.sector };
}

/** The rows of `a`'s events; `day` is the article's publication day (days since 1970), or null. */
export function eventRows(a: Pick<Article, 'headline' | 'subtitle' | 'captions' | 'paragraphs' | 'events'>, day: number | null): EventRow[] {
  const events = a.events ?? [];
  if (!events.length) return [];
  const text = articleText(a);
  return events.map((e: ArticleEvent, n): EventRow => {
    const sentence = text.slice(e.sentence.start, e.sentence.end).trim();
    return {
      n,
      type: e.type,
      modes: e.mode.join(' '),
      status: e.status,
      actor: participant(e.actor),
      recipient: participant(e.recipient),
      place: e.place?.text ?? null,
      placeKey: e.place ? nameKey(e.place.text) || null : null,
      day: valueDay(e.time?.value) ?? day,
      ...e.counts,
      confidence: e.confidence,
      trigger: e.trigger.text,
      sentence: sentence.length > MAX_NOTES ? `${sentence.slice(0, MAX_NOTES - 1)}…` : sentence,
    };
  });
}
