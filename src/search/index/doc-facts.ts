/** The facts of an article the engine filters and counts by: publication day and month, credits. */
import { nameKey } from '../../entities/fold-name.js';
import type { Article } from '../../core/article.js';
import type { Speaker } from '../../core/quote-schema.js';
import type { ArticleEvent } from '../../core/event-schema.js';

/** The key prefix of a participant named by a phrase, not a name. */
export const GROUP = 'group:';

/**
 * The id a speaker or an event's participant is filtered by (`said:`, `actor:`): its canonical
 * entity id, or `group:` and the name key of an unnamed one (of its name where it has one:
 * scripture cited, «الله»; of its words otherwise: «مسلحون مجهولون»).
 */
export const actorKey = (s: Pick<Speaker, 'canonical' | 'name' | 'text'>): string => s.canonical ?? `${GROUP}${nameKey(s.name ?? s.text)}`;
export const speakerKey = (s: Speaker): string => actorKey(s);

/** The events that count as having happened: told as done, not denied, planned, supposed or recalled. */
export const countsAsEvent = (e: Pick<ArticleEvent, 'status'>): boolean => e.status === 'asserted';

/** The keys `event:` matches and the event facet counts: the type, and the type with each mode (`PROTEST/demo`). */
export function eventKeys(e: Pick<ArticleEvent, 'type' | 'mode'>): string[] {
  return [e.type, ...e.mode.map((m) => `${e.type}/${m}`)];
}

export interface DocFacts {
  day: number | null;
  month: string | null;
  credits: string;
  /** Each canonical entity of the article once, with its type, name and number of mentions. */
  entities: Array<{ canonical: string; type: string; name: string; mentions: number }>;
  /**
   * Who is quoted in the article, once each: `key` is the canonical entity id, or `group:<name key>`
   * for an unnamed speaker; with its type (GROUP for unnamed ones) and name as the article gives it.
   */
  speakers: Array<{ key: string; type: string; name: string }>;
  /** The keys of the article's events that happened ({@link countsAsEvent}), once each: `ASSAULT`, `ASSAULT/aerial`. */
  events: string[];
  /** Who acted in those events or was acted on, once each: keyed as speakers are, with type GROUP for an unnamed group. */
  actors: Array<{ key: string; type: string; name: string }>;
}

export function docFacts(a: Pick<Article, 'published' | 'captions' | 'entities' | 'quotes' | 'events'>): DocFacts {
  const v = a.published?.value ?? null;
  const iso = v && /^\d{4}(-\d{2}(-\d{2})?)?/.exec(v)?.[0];
  const full = iso ? (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso) : null;
  const t = full ? Date.parse(`${full}T00:00:00Z`) : NaN;
  const month = iso && iso.length >= 7 && a.published!.precision !== 'year' ? iso.slice(0, 7) : null;
  const credits = [...new Set(a.captions.flatMap((c) => (c.credit ? [c.credit.code] : [])))].join(' ');
  const entities = new Map<string, { canonical: string; type: string; name: string; mentions: number }>();
  for (const e of a.entities ?? []) {
    const seen = entities.get(e.canonical);
    if (seen) seen.mentions++;
    else entities.set(e.canonical, { canonical: e.canonical, type: e.type, name: e.name, mentions: 1 });
  }
  const speakers = new Map<string, { key: string; type: string; name: string }>();
  for (const q of a.quotes ?? []) {
    if (!q.speaker) continue;
    const key = speakerKey(q.speaker);
    if (!speakers.has(key)) speakers.set(key, { key, type: q.speaker.type ?? 'GROUP', name: q.speaker.name ?? q.speaker.text });
  }
  const events = new Set<string>();
  const actors = new Map<string, { key: string; type: string; name: string }>();
  for (const e of a.events ?? []) {
    if (!countsAsEvent(e)) continue;
    for (const k of eventKeys(e)) events.add(k);
    for (const p of [e.actor, e.recipient]) {
      if (!p) continue;
      const key = actorKey(p);
      if (!actors.has(key)) actors.set(key, { key, type: p.type ?? 'GROUP', name: p.name ?? p.text });
    }
  }
  return {
    day: Number.isNaN(t) ? null : Math.floor(t / 86_400_000),
    month,
    credits,
    entities: [...entities.values()],
    speakers: [...speakers.values()],
    events: [...events],
    actors: [...actors.values()],
  };
}
