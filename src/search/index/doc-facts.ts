/** The facts of an article the engine filters and counts by: publication day and month, credits. */
import { nameKey } from '../../entities/fold-name.js';
import type { Article } from '../../core/article.js';
import type { Speaker } from '../../core/quote-schema.js';

/** The id a speaker is filtered by (`said:`): its canonical entity id, or `group:` and the name key of an unnamed one (of its name where it has one: scripture cited, «الله»). */
export const speakerKey = (s: Speaker): string => s.canonical ?? `group:${nameKey(s.name ?? s.text)}`;

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
}

export function docFacts(a: Pick<Article, 'published' | 'captions' | 'entities' | 'quotes'>): DocFacts {
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
  return { day: Number.isNaN(t) ? null : Math.floor(t / 86_400_000), month, credits, entities: [...entities.values()], speakers: [...speakers.values()] };
}
