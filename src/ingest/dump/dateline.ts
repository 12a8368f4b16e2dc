/** Datelines at the head of an article body: «القاهرة: », «لندن - «الشرق الأوسط»: », «عمّان: سلمى الخطيب». */
import { segmentClitics } from '../../text/clitics.js';
import { defaultLexicon } from '../../text/lexicon.js';
import { NOMINAL, TAG } from '../../text/lexicon-tags.js';
import { normalizeText } from '../../text/normalize.js';
import type { ArticleSpan } from '../article.js';

export interface SplitDateline {
  dateline: ArticleSpan;
  /** The writer's name when the dateline line carries nothing else: «عمّان: سلمى الخطيب». */
  byline: ArticleSpan | null;
  /** The paragraph after the dateline, or null when the line held only dateline and byline. */
  rest: ArticleSpan | null;
}

// One to three words of place (Arabic letters, marks, spaces), an optional «- «Outlet»» or «(Agency)», then a colon.
const DATELINE = /^((?:[\p{L}\p{M}]+\s?){1,3}(?:\s*[-–]\s*«[^»\n]{2,40}»|\s*\([^)\n]{2,20}\))?)\s*:\s*/u;
const WORDS = /\S+/gu;

/**
 * «وقال الوزير:» opens a quote, not a dateline: a place does not start with a conjunction, a
 * function word or a verb.
 */
function looksLikePlace(words: string): boolean {
  const lexicon = defaultLexicon();
  const first = normalizeText(words.trim().split(/\s+/u)[0] ?? '', 'morph').split('-')[0]!.trim();
  if (!first) return false;
  const seg = segmentClitics(first);
  if (seg.proclitics.some((c) => c.tag === 'و' || c.tag === 'ف')) return false;
  const tags = lexicon.get(seg.lemma) ?? 0;
  return !(tags & TAG.function) && !((tags & TAG.verb) && !(tags & NOMINAL));
}

/** Splits the dateline off a paragraph span, or null when the paragraph does not open with one. */
export function splitDateline(text: string, para: ArticleSpan): SplitDateline | null {
  const s = text.slice(para.start, para.end);
  const m = DATELINE.exec(s);
  if (!m || !/\p{Script=Arabic}/u.test(m[1]!) || !looksLikePlace(m[1]!)) return null;
  const dateline = { start: para.start, end: para.start + m[1]!.trimEnd().length };
  const restStart = para.start + m[0].length;
  const rest = text.slice(restStart, para.end);
  // A short rest with no sentence punctuation is the writer's name, not the story.
  const words = rest.match(WORDS)?.length ?? 0;
  if (words > 0 && words <= 4 && !/[.،,؛!?؟]/u.test(rest)) return { dateline, byline: { start: restStart, end: para.end }, rest: null };
  return { dateline, byline: null, rest: words ? { start: restStart, end: para.end } : null };
}
