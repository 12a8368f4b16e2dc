/** Datelines at the head of an article body: «القاهرة: », «لندن - «الشرق الأوسط»: », «الرياض - واس: », «واس - جدة: », «عمّان: سلمى الخطيب». */
import { segmentClitics } from '../../text/clitics.js';
import { defaultLexicon } from '../../text/lexicon.js';
import { NOMINAL, TAG } from '../../text/lexicon-tags.js';
import { normalizeText } from '../../text/normalize.js';
import { isPlaceName } from '../../text/places.js';
import { defaultAgencies, indexOf, lookup } from '../agencies.js';
import type { ArticleSpan } from '../../core/article.js';

export interface SplitDateline {
  dateline: ArticleSpan;
  /** The writer's name when the dateline line carries nothing else: «عمّان: سلمى الخطيب». */
  byline: ArticleSpan | null;
  /** The paragraph after the dateline, or null when the line held only dateline and byline. */
  rest: ArticleSpan | null;
}

// One to three words of place (Arabic letters, marks, spaces), an optional «- «Outlet»», «(Agency)» or
// «- Agency» (one to three words, checked against the agencies table; or agency first, then place), then a colon.
// Linear: each word after the first starts after its one blank, so a run of letters splits one way
// only (`(?:[\p{L}\p{M}]+\s?){1,3}` tried every split of it, cubic in the run's length: 5 s for
// 1,000 letters), and the blanks before the credit or colon are read by one `\s*` only.
export const DATELINE = /^([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2}(?:\s*[-–]\s*«[^»\n]{2,40}»|\s*\([^)\n]{2,20}\)|\s*[-–]\s*[^\s:«»()\-–]+(?:\s[^\s:«»()\-–]+){0,2})?)\s*:\s*/u;
// Where the place ends: «لندن - «…»», «القاهرة (…)», «الرياض - واس».
// Blanks before the dash or bracket are taken from the start of their run only (quadratic otherwise).
export const CREDIT = /(?:(?<!\s)\s+)?(?:[-–]\s*|\()/u;
const WORDS = /\S+/gu;

/** True when the text after «- » names a news agency or outlet: «واس», «أ ف ب», «رويترز». */
function isAgency(text: string): boolean {
  return !!lookup(normalizeText(text, 'search').trim(), indexOf(defaultAgencies()));
}

/**
 * A dateline names a place: «القاهرة:», «لندن - «الشرق الأوسط»:». «وقال الوزير:» opens a quote and
 * «اسم الطبق:» a label. A place in the gazetteer is one, even «واشنطن» with its و; otherwise the
 * words must not start with a conjunction, a function word or a verb, and one of them must be a
 * proper name (or an unknown word standing alone), unless an outlet or agency follows the place.
 */
function looksLikePlace(dateline: string): boolean {
  const cut = CREDIT.exec(dateline);
  const place = (cut ? dateline.slice(0, cut.index) : dateline).trim();
  const credit = cut ? dateline.slice(cut.index + cut[0].length) : '';
  // «غزة - قال مسؤول:» is no dateline: an agency written without «» or () must be one we know,
  // after the place or, as in «واس - الرياض:», before it.
  const bare = credit !== '' && !credit.startsWith('«') && !cut![0].includes('(');
  if (bare && !isAgency(credit)) return isAgency(place) && isPlaceName(credit);
  if (isPlaceName(place)) return true;
  const lexicon = defaultLexicon();
  const words = place.split(/\s+/u).map((w) => normalizeText(w, 'morph'));
  const first = words[0];
  if (!first) return false;
  const segs = words.map((w) => segmentClitics(w));
  if (segs[0]!.proclitics.some((c) => c.tag === 'و' || c.tag === 'ف')) return false;
  const tagsOf = (i: number): number | undefined => lexicon.get(segs[i]!.lemma) ?? lexicon.get(words[i]!);
  const t0 = tagsOf(0) ?? 0;
  if (t0 & TAG.function || (t0 & TAG.verb && !(t0 & NOMINAL))) return false;
  if (credit) return true;
  if (words.some((_, i) => (tagsOf(i) ?? 0) & TAG.proper)) return true;
  return words.length === 1 && tagsOf(0) === undefined;
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
