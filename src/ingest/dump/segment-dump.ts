/**
 * Splits a page-text dump into article blocks. Scrapers separate articles by a run of blank lines,
 * but the run inside an article can be as long:
 * - a gap of three or more blank lines starts a new article once the block has a body (body-seen.ts),
 *   unless the text goes on after it, past a line or two of chrome (an article opens with its page's
 *   chrome or its headline, never with a paragraph);
 * - a gap of two does when what follows opens like an article (past any chrome, a headline-like line
 *   that shares a word with the text under it) and what precedes holds a body;
 * - a copyright line ends a page: the next page starts where its headline follows;
 * - pages or posts printed with no gap part where the page's header, or the meta line under each
 *   headline, prints again (page-repeats.ts, meta-repeats.ts).
 * Text wrapped at a fixed width is joined back into paragraphs first (hard-wrap.ts).
 */
import type { ArticleSpan } from '../../core/article.js';
import { classifyLine } from '../chrome/classify-line.js';
import { findTrailingCredit } from '../credits.js';
import { countWords } from '../../text/count-words.js';
import { dumpLines, type DumpLine } from './dump-lines.js';
import { unwrapLines } from './hard-wrap.js';
import { BodySeen } from './body-seen.js';
import { isParagraphLine, PARAGRAPH_WORDS } from './paragraph.js';
import { splitRepeatedMeta } from './meta-repeats.js';
import { splitRepeatedPages } from './page-repeats.js';
import { openingKeys, sharedWords, TEXT_SAMPLE } from '../chrome/shared-words.js';
import { segmentClitics } from '../../text/clitics.js';
import { normalizeText } from '../../text/normalize.js';

export interface DumpBlock extends ArticleSpan {
  lines: DumpLine[];
}

/** A gap this long separates articles, once the block has a body and unless the text goes on. */
export const ARTICLE_GAP = 3;
/** A headline is at most this many words. */
const HEADLINE_WORDS = 25;
/** A copyright line is at most this many words; the footer around it is made of these kinds. */
const FOOTER_WORDS = 20;
/** … and at least this many («© AP» is a photo's credit). */
const COPYRIGHT_WORDS = 3;
/** How far past a page's end its next headline is looked for, and past a gap the next article's. */
const PAGE_HEAD_LINES = 30;
const OPENING_LINES = 8;
const NUMBERED_ITEM = /^\p{Nd}{1,2}\s*[-.)]\s*\S/u;
const FOOTER_KINDS = new Set(['copyright', 'nav', 'link', 'contact', 'app', 'follow', 'newsletter', 'separator', 'slider', 'cookie']);
/** How many lines of chrome after a gap are looked past for the text going on. */
const PAST_CHROME = 3;
/** How many lines under a headline-like line are compared with it. */
const FOLLOWING_LINES = 20;
const NOT_LETTER = /[^\p{L}]/gu;
const BULLETED = /^[•·▪●◦■]\s*\S/u;

const words = (s: string): number => countWords(s, HEADLINE_WORDS + 1);

/** A paragraph of text: no chrome, and as long as a paragraph or a sentence of some length. (`line` is trimmed.) */
export function continuesText(line: string): boolean {
  return isParagraphLine(line) && !classifyLine(line);
}

/**
 * Whether the line's first word carries the conjunction «و» or «ف» (not «وزارة», whose و is its
 * own): the text going on («ولتأكيد ذلك …»), as half the paragraphs of SaudiNewsNet open, and 0.6%
 * of its titles.
 */
function opensWithConjunction(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c !== 0x648 && c !== 0x641) return false;
  const space = line.indexOf(' ');
  const word = normalizeText(space < 0 ? line : line.slice(0, space), 'search').replace(NOT_LETTER, '');
  return word.length > 2 && segmentClitics(word).proclitics.some((p) => p.tag === 'و' || p.tag === 'ف');
}

/** Chrome, or a photo's caption with its credit: what the text may go on past after a gap. */
export function passedOver(line: string): boolean {
  return !!classifyLine(line) || !!findTrailingCredit(line);
}

/**
 * Whether the text goes on at line `from`, past a few lines of chrome («إعلان», «Sponsored»): a
 * paragraph follows. (The streaming splitter cuts only where this is false: never before chrome.)
 */
function goesOn(text: string, lines: readonly DumpLine[], from: number): boolean {
  for (let i = from; i < lines.length && i < from + PAST_CHROME; i++) {
    const line = text.slice(lines[i]!.start, lines[i]!.end);
    if (passedOver(line)) continue;
    // (Past chrome, a long headline may close with «!» or «؟»: only a paragraph, or a statement, goes on.)
    return i === from ? continuesText(line) : continuesText(line) && (countWords(line, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS || /\.["»”)]?$/u.test(line));
  }
  return false;
}

function opensArticle(text: string, lines: readonly DumpLine[], from: number, reach = OPENING_LINES, gapsEnd = true): boolean {
  for (let i = from; i < lines.length && i < from + reach; i++) {
    const line = text.slice(lines[i]!.start, lines[i]!.end);
    if (gapsEnd && i > from && lines[i]!.blanksBefore >= 2) return false;
    // Chrome, the items of a list («• …», «1. …») and a photo's caption with its credit are no headline.
    if (classifyLine(line) || BULLETED.test(line) || NUMBERED_ITEM.test(line) || findTrailingCredit(line)) continue;
    // (After two blank lines, a line that opens with a conjunction is the text going on.)
    if (words(line) > HEADLINE_WORDS || /[.!؟?:،,؛]["»”)]?$/u.test(line) || opensWithConjunction(line)) return false;
    // A headline says what the text under it says (shared-words.ts); a short line that does not («وكالة أنباء
    // الساحل», «(أرشيفية - وام)») is the page's, and the headline may come after it.
    if (sharedWords(line, textAfter(text, lines, i + 1)) > 0) return true;
  }
  return false;
}

/** The keys of the text under line `from`, up to the next article gap. */
function textAfter(text: string, lines: readonly DumpLine[], from: number): Set<string> {
  return openingKeys(following(text, lines, from));
}

/** The lines from `from` on, up to the next article gap (each cut to the sample's length: a paragraph may be megabytes). */
function* following(text: string, lines: readonly DumpLine[], from: number): Generator<string> {
  for (let j = from; j < lines.length && j < from + FOLLOWING_LINES && (j === from || lines[j]!.blanksBefore < ARTICLE_GAP); j++) {
    yield text.slice(lines[j]!.start, Math.min(lines[j]!.end, lines[j]!.start + TEXT_SAMPLE));
  }
}

/** Article blocks of a dump (see the module comment). */
export function segmentDump(text: string, minBlankRun = 2): DumpBlock[] {
  const blocks: DumpBlock[] = [];
  // (Text a text-mode browser wrapped at a fixed width is joined back into paragraphs.)
  const lines = unwrapLines(text, dumpLines(text));
  let current: DumpLine[] = [];
  // (An article block goes on until it has a body: body-seen.ts.)
  const seen = new BodySeen();
  const flush = (): void => {
    // (Pages saved with no gap between them part where the page's header prints again.)
    // (Posts printed one after another part at each headline under which the same kind of meta line recurs.)
    if (current.length) {
      for (const page of splitRepeatedPages(text, current)) {
        for (const part of splitRepeatedMeta(text, page)) blocks.push({ start: part[0]!.start, end: part[part.length - 1]!.end, lines: part });
      }
    }
    current = [];
    seen.reset();
  };
  // A page ends with its copyright line: what follows it, past the footer's own lines, is the next page.
  let pageEnded = false;
  lines.forEach((line, i) => {
    const gap = line.blanksBefore;
    const s = text.slice(line.start, line.end);
    const classified = pageEnded || words(s) <= FOOTER_WORDS;
    const kind = classified ? classifyLine(s) : null;
    // (Where the next page's headline follows, past its chrome: not a copyright line printed between two paragraphs.)
    const nextPage = pageEnded && !(kind && FOOTER_KINDS.has(kind)) && opensArticle(text, lines, i, PAGE_HEAD_LINES, false);
    const hasBody = seen.body;
    if (current.length && (nextPage || (gap >= Math.max(ARTICLE_GAP, minBlankRun) && hasBody && !goesOn(text, lines, i)) || (gap >= minBlankRun && hasBody && opensArticle(text, lines, i)))) flush();
    pageEnded = (pageEnded && !nextPage && !!kind) || (seen.body && kind === 'copyright' && words(s) >= COPYRIGHT_WORDS);
    current.push(line);
    seen.see(s, classified ? kind : undefined);
  });
  flush();
  return blocks;
}
