/**
 * Reads the structure of one article block of a page-text dump:
 *   headline · [subtitle] · captions (often twice, ending in a credit) · widget «TT» ·
 *   headline and captions again · body paragraphs.
 * Chrome and repeated lines are dropped from the fields but kept, with their spans, in `removed`.
 */
import { countWords } from '../../text/count-words.js';
import { normalizeText } from '../../text/normalize.js';
import type { Article, ArticleSpan, Caption, Removed } from '../../core/article.js';
import { findTrailingCredit } from '../credits.js';
import { applyVerdicts } from '../chrome/apply-verdicts.js';
import { classifyLine } from '../chrome/classify-line.js';
import { judgeLines, type LineVerdict } from '../chrome/judge-lines.js';
import { creditParts } from '../chrome/profile.js';
import { isBareName, isReporterFrom } from '../chrome/person-credits.js';
import type { ProfileCounts } from '../chrome/profile.js';
import { parseDateText } from '../html/parse-date-text.js';
import type { DumpBlock } from './segment-dump.js';
import { splitDateline } from './dateline.js';
import { openingKeys, sharedWords } from '../chrome/shared-words.js';

/** The fields of one dump article, each with its span into the dump. */
export interface DumpArticleParts {
  headline: ArticleSpan | null;
  subtitle: ArticleSpan | null;
  byline: ArticleSpan | null;
  dateline: ArticleSpan | null;
  captions: Caption[];
  paragraphs: ArticleSpan[];
  removed: Removed[];
  /** A publication date line found among the chrome. */
  published: Article['published'];
}

/** Lines longer than this are body text, never a headline repeat, caption or subtitle. */
const MAX_HEADER_LINE = 400;
/** A subtitle found without other header marks is at most this long. */
const MAX_SUBTITLE = 250;
/** A line closed like a sentence of at least this many words is a paragraph of the text. */
const SENTENCE_WORDS = 8;
const SENTENCE_END = /[.!؟?]["»”)]?$/u;
/** A header line sharing this many words with the text is about it (shared-words.ts). */
const RELATED_WORDS = 2;
/** … and this many, clearly about it. */
const ABOUT_WORDS = 3;
/** A widget's line between the headline and the text is at most this long (in words). */
const WIDGET_WORDS = 8;
/** A deck holds at least this many words. */
const DECK_MIN_WORDS = 4;
/** A deck is at most this long (a first paragraph may be longer). */
const MAX_DECK = 300;
/** The article's own chrome, which a deck may stand above: its credit, date, counters and widgets. */
const ARTICLE_META_KINDS = new Set(['byline', 'dateline', 'agency', 'date', 'views', 'reading-time', 'comments', 'print-email', 'share', 'font-size', 'rating', 'page-head', 'template', 'breadcrumb']);
/** Chrome a page also prints between the paragraphs of a text: no sign that the header goes on. */
const IN_TEXT_KINDS = new Set(['ad', 'related', 'read-more', 'most-read', 'separator', 'slider', 'gallery', 'link']);
/** The article's own chrome a page prints between its headline and its deck: its date. */
const UNDER_HEADLINE_KINDS = new Set(['date']);
/** A header (captions, widget, repeats) is looked for among the first lines only. */
const HEADER_WINDOW = 12;
/** A line this long (in words) is a paragraph, never a header line. */
const PARAGRAPH_WORDS = 25;

type Role = 'headline' | 'subtitle' | 'caption' | 'chrome' | 'duplicate' | 'body';

/**
 * `line` without the bracket that ends it: `صورة الوفد (أ ف ب)` → `صورة الوفد `. What `/\([^)]*\)$/`
 * replaced, found from the last `)` backwards rather than tried from every `(` (quadratic).
 */
export function withoutFinalBracket(line: string): string {
  if (!line.endsWith(')')) return line;
  const open = line.indexOf('(', line.lastIndexOf(')', line.length - 2) + 1);
  return open < 0 ? line : line.slice(0, open);
}

/** Structures one block of `text` (see the module comment). */
export function structureDumpBlock(text: string, block: DumpBlock, profile: ProfileCounts | null = null): DumpArticleParts {
  const lines = block.lines;
  const surface = lines.map((l) => text.slice(l.start, l.end));
  const keys = surface.map((s) => normalizeText(s, 'search'));
  const roles: Role[] = lines.map(() => 'body');
  const firstSeen = new Map<string, number>();
  const repeated = new Set<number>();
  // Chrome by evidence (chrome/judge-lines.ts): whole lines leave now, openings and endings once the body is known.
  const verdicts = judgeLines(surface, { profile, keep: 2 });
  const partial = new Map<number, LineVerdict>();

  keys.forEach((k, i) => {
    const v = verdicts[i];
    if (v && v.start === 0 && v.end === surface[i]!.length) roles[i] = 'chrome';
    else if (v) partial.set(i, v);
    if (roles[i] === 'chrome') return;
    else if (firstSeen.has(k) && surface[i]!.length <= MAX_HEADER_LINE * 4) {
      roles[i] = 'duplicate';
      repeated.add(firstSeen.get(k)!);
    } else if (!firstSeen.has(k)) firstSeen.set(k, i);
  });
  const bodyLines: number[] = [];
  const text0 = firstParagraph(surface, roles);
  const textKeys = text0 >= 0 ? textSample(surface, roles, text0) : null;
  if (textKeys) markUnrelatedHead(surface, roles, verdicts, text0, textKeys, repeated);

  // The header ends at the last chrome, repeat or credited short line near the top.
  const window = Math.min(lines.length, HEADER_WINDOW);
  let bodyStart = 1;
  for (let i = 1; i < window; i++) {
    // A paragraph ends the header: a line repeated after it (the headline printed again at the foot) says nothing of it.
    if (roles[i] === 'body' && countWords(surface[i]!, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS) break;
    const short = surface[i]!.length <= MAX_HEADER_LINE;
    // A font-size widget closes the header («TT»); other chrome can sit anywhere and says nothing of it.
    const widget = roles[i] === 'chrome' && verdicts[i]!.kind === 'font-size';
    if (widget || roles[i] === 'duplicate' || (short && findTrailingCredit(surface[i]!))) bodyStart = i + 1;
  }
  const headlineAt = roles.findIndex((r) => r === 'body');
  if (headlineAt >= 0 && headlineAt < bodyStart) roles[headlineAt] = 'headline';
  else if (headlineAt >= 0) {
    roles[headlineAt] = 'headline';
    bodyStart = headlineAt + 1;
  }
  // No captions or widget: a short line right after the headline, not closed like a sentence, is the subtitle;
  // so is a line of deck length between the headline and the article's own chrome (its credit, date, reads).
  const metaFollows = (i: number): boolean => {
    if (surface[i]!.length > MAX_DECK || (verdicts[i + 1]?.start ?? 1) !== 0 || roles[i + 1] !== 'chrome' || !ARTICLE_META_KINDS.has(verdicts[i + 1]!.kind)) return false;
    let j = i + 1;
    while (j < lines.length && roles[j] === 'chrome' && !IN_TEXT_KINDS.has(verdicts[j]!.kind)) j++;
    return roles[j] === 'body';
  };
  // (Past the article's date right under the headline: «2015-07-25 18:50», then the deck.)
  let next = headlineAt + 1;
  while (next < lines.length && roles[next] === 'chrome' && (verdicts[next]?.start ?? 1) === 0 && UNDER_HEADLINE_KINDS.has(verdicts[next]!.kind)) next++;
  // (A deck says what the text says: it shares a word with it.)
  const related = (i: number): boolean => !textKeys || i >= text0 || sharedWords(surface[i]!, textKeys) > 0;
  if (headlineAt >= 0 && bodyStart === headlineAt + 1 && roles.indexOf('body', next + 1) > 0 && roles[next] === 'body' && (looksLikeSubtitle(surface[next]!) || metaFollows(next)) && !looksLikeCredit(surface[next]!) && related(next)) {
    bodyStart = next + 1;
  }
  for (let i = 0; i < bodyStart; i++) {
    if (roles[i] !== 'body') continue;
    // In the header, a line printed twice or ending in a credit is a caption; the first other line is the subtitle.
    if (repeated.has(i) || findTrailingCredit(surface[i]!)) roles[i] = 'caption';
    // A credit line under the headline is no deck: «ضرماء - سعود العجاجي», «ظهران الجنوب: عوض فرحان».
    else if (i > headlineAt && looksLikeCredit(surface[i]!)) {
      roles[i] = 'chrome';
      verdicts[i] = { kind: splitDateline(surface[i]!, { start: 0, end: surface[i]!.length }) ? 'dateline' : 'byline', evidence: 'credit', start: 0, end: surface[i]!.length };
    }
    else if (!roles.includes('subtitle') && surface[i]!.length <= MAX_HEADER_LINE) roles[i] = 'subtitle';
    else roles[i] = 'caption';
  }
  // In the body, a short credited line with no closing full stop is a caption between paragraphs.
  for (let i = bodyStart; i < lines.length; i++) {
    if (roles[i] === 'body' && surface[i]!.length <= MAX_HEADER_LINE && !/[.!؟?]$/u.test(withoutFinalBracket(surface[i]!).trim()) && findTrailingCredit(surface[i]!)) roles[i] = 'caption';
  }

  const parts: DumpArticleParts = { headline: null, subtitle: null, byline: null, dateline: null, captions: [], paragraphs: [], removed: [], published: null };
  lines.forEach((l, i) => {
    const span = { start: l.start, end: l.end };
    switch (roles[i]) {
      case 'headline':
        parts.headline = span;
        break;
      case 'subtitle':
        parts.subtitle = span;
        break;
      case 'caption': {
        const found = findTrailingCredit(surface[i]!);
        const textEnd = found ? trimEndAt(text, l.start, l.start + found.start) : l.end;
        parts.captions.push({ text: text.slice(l.start, textEnd), credit: found ? found.credit : null, start: l.start, end: l.end });
        break;
      }
      case 'chrome': {
        const v = verdicts[i]!;
        parts.removed.push({ ...span, reason: 'chrome', kind: v.kind, evidence: v.evidence, text: surface[i]! });
        if (v.kind === 'byline' && !parts.byline) parts.byline = span;
        else if (v.kind === 'dateline' && !parts.dateline) parts.dateline = span;
        else if (v.kind === 'date' && !parts.published) parts.published = parseDateText(surface[i]!);
        break;
      }
      case 'duplicate':
        parts.removed.push({ ...span, reason: 'duplicate', text: surface[i]! });
        break;
      default:
        bodyLines.push(i);
    }
  });
  // Body lines whose opening or ending is chrome (a share bar glued to the first sentence) keep the rest.
  const clean = applyVerdicts(text, bodyLines.map((i) => [lines[i]!.start, lines[i]!.end] as const), bodyLines.map((i) => partial.get(i) ?? null));
  parts.paragraphs = clean.kept.map(([start, end]) => ({ start, end }));
  for (const r of clean.removed) parts.removed.push({ start: r.start, end: r.end, reason: 'chrome', kind: r.kind, evidence: r.evidence, text: text.slice(r.start, r.end) });
  if (clean.byline && !parts.byline) parts.byline = { start: clean.byline[0], end: clean.byline[1] };
  if (clean.dateline && !parts.dateline) parts.dateline = { start: clean.dateline[0], end: clean.dateline[1] };
  parts.removed.sort((a, b) => a.start - b.start);
  // A dateline opens the body: «القاهرة: …», «لندن - «الشرق الأوسط»: …»; a short «عمّان: سلمى الخطيب» line also names the writer.
  // (When a credit line above gave the dateline already, this one is still no body: it is removed as one.)
  const first = parts.paragraphs[0];
  const d = first ? splitDateline(text, first) : null;
  if (first && d) {
    if (!parts.dateline) parts.dateline = d.dateline;
    else parts.removed.push({ ...d.dateline, reason: 'chrome', kind: 'dateline', evidence: 'credit', text: text.slice(d.dateline.start, d.dateline.end) });
    if (d.byline && !parts.byline) parts.byline = d.byline;
    else if (d.byline) parts.removed.push({ ...d.byline, reason: 'chrome', kind: 'byline', evidence: 'credit', text: text.slice(d.byline.start, d.byline.end) });
    if (d.rest) parts.paragraphs[0] = d.rest;
    else parts.paragraphs.shift();
    parts.removed.sort((a, b) => a.start - b.start);
  }
  return parts;
}

/** The first paragraph of the text: a body line as long as a paragraph, or a sentence; -1 when none. */
function firstParagraph(surface: readonly string[], roles: readonly Role[]): number {
  return roles.findIndex((r, i) => r === 'body' && (countWords(surface[i]!, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS || (SENTENCE_END.test(surface[i]!) && countWords(surface[i]!, SENTENCE_WORDS) >= SENTENCE_WORDS)));
}

/** The keys of the text's opening (shared-words.ts), from its first paragraph on. */
function textSample(surface: readonly string[], roles: readonly Role[], from: number): Set<string> {
  return openingKeys(surface.slice(from).filter((_, k) => roles[from + k] === 'body'));
}

/**
 * Above the headline, the lines chrome knowledge left: a line that shares no word with the text,
 * where a later header line does, is the page's (a site's name, a date, a timetable, another
 * story's headline in a ticker), not the article's. The first line that shares one, or that no
 * later line outdoes, is the headline; nothing after it is touched.
 */
function markUnrelatedHead(surface: readonly string[], roles: Role[], verdicts: Array<LineVerdict | null>, text0: number, textKeys: ReadonlySet<string>, captions: ReadonlySet<number>): void {
  const header: number[] = [];
  for (let i = 0; i < text0; i++) if (roles[i] === 'body') header.push(i);
  const shared = header.map((i) => sharedWords(surface[i]!, textKeys));
  const page = (i: number): void => {
    roles[i] = 'chrome';
    verdicts[i] = { kind: classifyLine(surface[i]!) ?? 'page-head', evidence: 'position', start: 0, end: surface[i]!.length };
  };
  let k = 0;
  for (; k < header.length; k++) {
    // (A line sharing one word, where a later one shares many: «القطيف: الفجر ٣:٥٢ … المغرب ٦:٣٥» above a text on Morocco.)
    const later = Math.max(0, ...shared.slice(k + 1));
    if (shared[k]! >= RELATED_WORDS || later === 0 || (shared[k] === 1 && later < ABOUT_WORDS)) break;
    page(header[k]!);
  }
  // Between the headline and the text, a widget's short line shares no word with either («طباعة المقال», «مدة
  // القراءة: دقيقتان», «تكبير النص | تصغير النص»); a photo caption ends in its credit or is printed twice, and a
  // credit line («الرياض - واس») is read as one.
  for (k++; k < header.length; k++) {
    const line = surface[header[k]!]!;
    if (shared[k] === 0 && !captions.has(header[k]!) && countWords(line, WIDGET_WORDS + 1) <= WIDGET_WORDS && !SENTENCE_END.test(line) && !findTrailingCredit(line) && !(creditParts(line) && !line.includes('|'))) page(header[k]!);
  }
}

/**
 * A credit, never a deck: a short «PLACE - NAME» line, a dateline with nothing after it («ظهران الجنوب: عوض
 * فرحان»), a name alone, «NAME من PLACE», or a line of fewer words than a deck holds («الرياضي»).
 */
function looksLikeCredit(line: string): boolean {
  if (countWords(line, DECK_MIN_WORDS) < DECK_MIN_WORDS) return true;
  if (creditParts(line) || isBareName(line) || isReporterFrom(line)) return true;
  const d = line.length <= 80 ? splitDateline(line, { start: 0, end: line.length }) : null;
  return !!d && (!d.rest || d.rest.end - d.rest.start <= 40);
}

/** Short, and not ended like a sentence or a lead-in: «الخطة تشمل محطات تحلية مشتركة». */
function looksLikeSubtitle(line: string): boolean {
  return line.length <= MAX_SUBTITLE && line.split(/\s+/u).length >= 4 && !/[.!؟?:،,؛]$/u.test(line);
}

function trimEndAt(text: string, start: number, end: number): number {
  while (end > start && /[\s\-–—]/u.test(text[end - 1]!)) end--;
  return end;
}
