/**
 * An article → its analysed document, built once: the text and its map back to the fields, the
 * sentences, the tokens with their search forms, the entities and the time expressions. The
 * quote finder and the quantity reader then read it (analyse-article.ts), and so will events and places.
 *
 * Each step reads what the one before it found: the sentences are split once; the tagger, the role
 * stages, the time finder, the quote finder and the quantity reader take their words from the same
 * tokens (src/text/keyed-tokens.ts); the times are found before the mentions, which are cut at them.
 */
import type { Article } from '../core/article.js';
import { articleParts, articleText } from '../core/article-text.js';
import type { AnalysedDocument } from '../core/document.js';
import { wordsOfTokens } from '../entities/fold-name.js';
import { keyedTokens } from '../text/keyed-tokens.js';
import { cutAtTimes } from '../entities/cut-at-times.js';
import { codeActors } from '../entities/actor-codes.js';
import { dateAliases } from '../entities/dated-aliases.js';
import { dropSelfMentions } from '../entities/self-mentions.js';
import { linkMentions } from '../entities/link-mentions.js';
import { roleContext, type RoleContext } from '../entities/role-context.js';
import { loadTagger } from '../ner/index.js';
import { splitSentences } from '../text/sentences.js';
import { findTimes, inferReference } from '../times/index.js';

/** The document and the role context its entities were linked with (the quote finder reads the same). */
export interface Built {
  doc: AnalysedDocument;
  roles: RoleContext;
}

/** The day relative time expressions of an article count from: its published day, else one its text proves. */
export function publishedDay(a: Pick<Article, 'published'>): string | null {
  const p = a.published;
  return p && p.precision !== 'year' && p.precision !== 'month' && /^\d{4}-\d{2}-\d{2}/.test(p.value) ? p.value.slice(0, 10) : null;
}

/** The analysed document of `a` (see {@link AnalysedDocument}). */
export function buildDocument(a: Pick<Article, 'headline' | 'subtitle' | 'captions' | 'paragraphs' | 'published'> & Partial<Pick<Article, 'spans'>>): Built {
  const text = articleText(a);
  const parts = articleParts(a);
  const sentences = splitSentences(text);
  const tokens = keyedTokens(text, sentences);
  const roles = roleContext(text, {}, wordsOfTokens(text, tokens));
  // Times are found once; only an article with no day of its own is read twice, once its text proves one.
  const day = publishedDay(a);
  let times = findTimes(text, { ref: day, tokens });
  if (day === null && times.length) {
    const proved = inferReference(text, times);
    if (proved !== null) times = findTimes(text, { ref: proved, tokens });
  }
  // A month or a weekday the tagger took for a name is cut off before mentions are linked.
  const linked = text ? linkMentions(text, cutAtTimes(text, loadTagger().tagText(text, { sentences, tokens }), times), { context: roles, times }) : [];
  // The article's day decides what a name meant then («كورونا» in 2015 is MERS) and an actor's
  // country and sector (an office held then).
  const onDay = day ?? (text ? inferReference(text, times) : null);
  const entities = codeActors(dateAliases(dropSelfMentions(text, linked), onDay), { day: onDay });
  return { doc: { text, parts, sentences, tokens, entities, times }, roles };
}
