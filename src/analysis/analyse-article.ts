/**
 * An article → its entities, quotes, time expressions, quantities and events. The analysed document is
 * built once (document.ts: the text, its sentences and tokens, the entities and the times), and
 * the quote finder, the quantity reader and the event finder read it. Every span points into the article's text
 * (headline, subtitle, captions and paragraphs joined by blank lines, see {@link articleText}).
 */
import type { Article } from '../core/article.js';
import { articleText } from '../core/article-text.js';
import type { Entity } from '../core/entity-schema.js';
import { linkMentions } from '../entities/link-mentions.js';
import { loadTagger } from '../ner/index.js';
import { quotesOf } from '../quotes/find-quotes.js';
import { findQuantities } from '../quantities/index.js';
import { buildDocument, publishedDay } from './document.js';
import { findEvents } from '../events/find-events.js';

export { articleParts, articleText } from '../core/article-text.js';
export { PART_BREAK } from '../core/document.js';

/** The entities of an article, in text order. */
export function articleEntities(a: Pick<Article, 'headline' | 'subtitle' | 'captions' | 'paragraphs'>): Entity[] {
  const text = articleText(a);
  if (!text) return [];
  return linkMentions(text, loadTagger().tagText(text));
}

/** `a` with what analysis finds in its text: entities, the statements they make, time expressions, quantities and events. */
export function analyseArticle<T extends Article>(a: T): T {
  const { doc, roles } = buildDocument(a);
  if (!doc.text) return { ...a, entities: [], parts: [], quotes: [], times: [], quantities: [], events: [] };
  const quantities = findQuantities(doc.text, { tokens: doc.tokens });
  return { ...a, entities: doc.entities, parts: doc.parts, quotes: quotesOf(doc, roles), times: doc.times, quantities, events: findEvents(doc, { quantities, day: publishedDay(a) }) };
}
