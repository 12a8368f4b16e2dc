/**
 * Where the entities an `entity:` or `said:` query asked for are mentioned in a hit, as spans of
 * its headline and of each paragraph (or caption, for an article of captions only), so the snippet
 * shows the mention and marks it: «قال الجبير إن …», not the dateline. The stored spans point into
 * the article's text (headline, subtitle, captions, paragraphs joined by blank lines: `articleText`).
 */
import { PART_BREAK } from '../../analysis/analyse-article.js';
import type { Article } from '../../core/article.js';
import { speakerKey } from '../index/doc-facts.js';

type Span = [number, number];

/** The canonical ids the query asked for: of `entity:` (mentioned) and of `said:` (quoted). */
export interface WantedMentions {
  entities: ReadonlySet<string>;
  speakers: ReadonlySet<string>;
}

export interface MentionMarks {
  headline: Span[];
  /** Per paragraph (or per caption when the article has no paragraph), as the snippet reads them. */
  body: Span[][];
}

/**
 * The mentions' spans in each part. For `said:`, the speaker as the quote names them (a carried
 * speaker, «وأضاف», has no words of its own); when none is named there, the speaker's mentions.
 */
export function mentionMarks(a: Pick<Article, 'headline' | 'subtitle' | 'captions' | 'paragraphs' | 'entities' | 'quotes'>, want: WantedMentions): MentionMarks {
  const spans: Span[] = [];
  for (const e of a.entities ?? []) if (want.entities.has(e.canonical)) spans.push([e.start, e.end]);
  if (want.speakers.size) {
    const named = (a.quotes ?? []).flatMap((q) => (q.speaker && !q.speaker.carried && want.speakers.has(speakerKey(q.speaker)) ? [[q.speaker.start, q.speaker.end] as Span] : []));
    if (named.length) spans.push(...named);
    else for (const e of a.entities ?? []) if (want.speakers.has(e.canonical)) spans.push([e.start, e.end]);
  }
  // The parts in articleText's order, each with its offset there.
  let at = 0;
  const place = (text: string): number => {
    const start = at;
    at += text.length + PART_BREAK.length;
    return start;
  };
  const headlineAt = a.headline ? place(a.headline) : -1;
  if (a.subtitle) place(a.subtitle);
  const captionsAt = a.captions.map((c) => place(c.text));
  const paragraphsAt = a.paragraphs.map((p) => place(p));
  const within = (start: number, length: number): Span[] =>
    spans
      .filter(([s, e]) => s >= start && e <= start + length && e > s)
      .map(([s, e]): Span => [s - start, e - start])
      .sort((x, y) => x[0] - y[0]);
  const body = a.paragraphs.length ? a.paragraphs.map((p, i) => within(paragraphsAt[i]!, p.length)) : a.captions.map((c, i) => within(captionsAt[i]!, c.text.length));
  return { headline: a.headline ? within(headlineAt, a.headline.length) : [], body };
}
