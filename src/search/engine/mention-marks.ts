/**
 * Where the entities an `entity:` or `said:` query asked for are mentioned in a hit, as spans of
 * its headline and of each paragraph (or caption, for an article of captions only), so the snippet
 * shows the mention and marks it: «قال الجبير إن …», not the dateline. The stored spans point into
 * the article's analysed text (headline, subtitle, captions, paragraphs joined by blank lines), whose `parts` say where each field lies.
 */
import type { Article, TextPart } from '../../core/article.js';
import { articleParts } from '../../core/article-text.js';
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
export function mentionMarks(a: Pick<Article, 'headline' | 'subtitle' | 'captions' | 'paragraphs' | 'parts' | 'entities' | 'quotes'>, want: WantedMentions): MentionMarks {
  const spans: Span[] = [];
  for (const e of a.entities ?? []) if (want.entities.has(e.canonical)) spans.push([e.start, e.end]);
  if (want.speakers.size) {
    const named = (a.quotes ?? []).flatMap((q) => (q.speaker && !q.speaker.carried && want.speakers.has(speakerKey(q.speaker)) ? [[q.speaker.start, q.speaker.end] as Span] : []));
    if (named.length) spans.push(...named);
    else for (const e of a.entities ?? []) if (want.speakers.has(e.canonical)) spans.push([e.start, e.end]);
  }
  // Where each part lies in the analysed text: as the article stores it, else laid out again.
  const parts = a.parts ?? articleParts(a);
  const at = (field: TextPart['field'], index: number): number => parts.find((p) => p.field === field && p.index === index)?.start ?? -1;
  const headlineAt = at('headline', 0);
  const captionsAt = a.captions.map((_, i) => at('caption', i));
  const paragraphsAt = a.paragraphs.map((_, i) => at('paragraph', i));
  const within = (start: number, length: number): Span[] =>
    spans
      .filter(([s, e]) => s >= start && e <= start + length && e > s)
      .map(([s, e]): Span => [s - start, e - start])
      .sort((x, y) => x[0] - y[0]);
  const body = a.paragraphs.length ? a.paragraphs.map((p, i) => within(paragraphsAt[i]!, p.length)) : a.captions.map((c, i) => within(captionsAt[i]!, c.text.length));
  return { headline: a.headline ? within(headlineAt, a.headline.length) : [], body };
}
