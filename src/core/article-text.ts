/**
 * An article's text, which every analysis reads and every analysed span points into: its parts in
 * reading order (headline, subtitle, captions, paragraphs), joined by blank lines; and the map from
 * that text back to the fields.
 */
import type { Article, TextPart } from './article.js';
import { PART_BREAK } from './document.js';

type Parts = Pick<Article, 'headline' | 'subtitle' | 'captions' | 'paragraphs'> & Partial<Pick<Article, 'spans'>>;

/** The parts of `a` in reading order, each with its place in {@link articleText} and in the input. An empty headline or subtitle has no part. */
export function articleParts(a: Parts): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  const add = (field: TextPart['field'], index: number, text: string, input: TextPart['input'] | undefined): void => {
    parts.push({ field, index, start: at, end: at + text.length, input: input ? { start: input.start, end: input.end } : null });
    at += text.length + PART_BREAK.length;
  };
  if (a.headline) add('headline', 0, a.headline, a.spans?.headline);
  if (a.subtitle) add('subtitle', 0, a.subtitle, a.spans?.subtitle);
  a.captions.forEach((c, i) => add('caption', i, c.text, c));
  a.paragraphs.forEach((p, i) => add('paragraph', i, p, a.spans?.paragraphs[i]));
  return parts;
}

/** The article's text that analysed spans point into: its parts, in reading order, joined by blank lines. */
export function articleText(a: Parts): string {
  const parts: string[] = [];
  if (a.headline) parts.push(a.headline);
  if (a.subtitle) parts.push(a.subtitle);
  for (const c of a.captions) parts.push(c.text);
  for (const p of a.paragraphs) parts.push(p);
  return parts.join(PART_BREAK);
}
