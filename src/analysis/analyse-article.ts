/**
 * An article → its entities, quotes, time expressions and quantities: the tagger reads the article's text (headline, subtitle, captions and
 * paragraphs joined by blank lines, see {@link articleText}), the alias table adds the known actors
 * it names, and mentions are linked within the article. Entity spans are offsets into that text.
 */
import type { Article } from '../core/article.js';
import { loadTagger } from '../ner/index.js';
import type { Entity } from '../core/entity-schema.js';
import { linkMentions } from '../entities/link-mentions.js';
import { findQuotes } from '../quotes/find-quotes.js';
import { findTimes, inferReference } from '../times/index.js';
import { findQuantities } from '../quantities/index.js';

/** The separator between an article's parts in {@link articleText}. */
export const PART_BREAK = '\n\n';

/** The article's text that entity spans point into: its parts, in reading order, joined by blank lines. */
export function articleText(a: Pick<Article, 'headline' | 'subtitle' | 'captions' | 'paragraphs'>): string {
  const parts: string[] = [];
  if (a.headline) parts.push(a.headline);
  if (a.subtitle) parts.push(a.subtitle);
  for (const c of a.captions) parts.push(c.text);
  for (const p of a.paragraphs) parts.push(p);
  return parts.join(PART_BREAK);
}

/** The entities of an article, in text order. */
export function articleEntities(a: Pick<Article, 'headline' | 'subtitle' | 'captions' | 'paragraphs'>): Entity[] {
  const text = articleText(a);
  if (!text) return [];
  return linkMentions(text, loadTagger().tagText(text));
}

/** The day relative time expressions of an article count from: its published day, else one its text proves. */
export function referenceDay(a: Pick<Article, 'published'>, text: string): string | null {
  const p = a.published;
  if (p && p.precision !== 'year' && p.precision !== 'month' && /^\d{4}-\d{2}-\d{2}/.test(p.value)) return p.value.slice(0, 10);
  return inferReference(text);
}

/** `a` with what analysis finds in its text: entities, the statements they make, time expressions and quantities. */
export function analyseArticle<T extends Article>(a: T): T {
  const text = articleText(a);
  if (!text) return { ...a, entities: [], quotes: [], times: [], quantities: [] };
  const entities = linkMentions(text, loadTagger().tagText(text));
  // The time expressions are found once: the quote finder reads their spans too.
  const times = findTimes(text, { ref: referenceDay(a, text) });
  return { ...a, entities, quotes: findQuotes(text, entities, undefined, times), times, quantities: findQuantities(text) };
}
