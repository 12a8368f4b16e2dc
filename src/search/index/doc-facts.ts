/** The facts of an article the engine filters and counts by: publication day and month, credits. */
import type { Article } from '../../ingest/article.js';

export interface DocFacts {
  day: number | null;
  month: string | null;
  credits: string;
  /** Each canonical entity of the article once, with its type, name and number of mentions. */
  entities: Array<{ canonical: string; type: string; name: string; mentions: number }>;
}

export function docFacts(a: Pick<Article, 'published' | 'captions' | 'entities'>): DocFacts {
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
  return { day: Number.isNaN(t) ? null : Math.floor(t / 86_400_000), month, credits, entities: [...entities.values()] };
}
