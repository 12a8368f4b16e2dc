/**
 * The chrome of one article's lines: each line is body (null) or chrome with its kind, the part
 * of it that is chrome (a share bar glued to the first sentence is cut, not the sentence) and the
 * evidence. Evidence comes in order: what the input repeats (the profile), what the line is on its
 * own (classify-line.ts), the lines around it (a list under a «related» heading) and credit shapes
 * («عمر إبراهيم – عين اليوم», «محمد علي- سبق- الرياض:»).
 */
import { defaultAgencies, indexOf, lookup } from '../agencies.js';
import { normalizeText } from '../../text/normalize.js';
import { splitDateline } from '../dump/dateline.js';
import { countWords } from '../../text/count-words.js';
import { isPlaceName } from '../../text/places.js';
import { defaultStopwords } from '../../text/stopwords.js';
import { defaultChromeKinds, type ChromeKinds } from './chrome-kinds.js';
import { classifyLine, classifyShaped, uiKind } from './classify-line.js';
import { isDateShape } from './date-words.js';
import { isBareName, isReporterFrom } from './person-credits.js';
import { contentKeys, openingKeys } from './shared-words.js';
import { edgeShape, LONG_LINE, lineShape } from './line-shape.js';
import { creditParts, gluedCreditParts, MAX_AFFIX_WORDS, SENTENCE_CLOSED, TAIL_CHARS, tailKeys, trailingFragment, type ProfileCounts } from './profile.js';

export interface LineVerdict {
  kind: string;
  /**
   * Why: `repeat` (the input repeats it), `kind` (a kind file or shape names it), `list` (under a list heading), `credit` (a credit
   * line's shape), `position` (where it stands: among the page's chrome below the text's last paragraph, or above a dump
   * article's headline, sharing no word with its text).
   */
  evidence: 'repeat' | 'kind' | 'list' | 'credit' | 'position';
  /** The chrome part of the line, offsets into the line (the whole line, or an opening or ending of it). */
  start: number;
  end: number;
  /** A second chrome part, from `start` to the line's end: the tail glued to a one-line article whose opening is chrome too. */
  also?: { kind: string; evidence: LineVerdict['evidence']; start: number };
}

export interface JudgeOptions {
  profile?: ProfileCounts | null;
  kinds?: ChromeKinds;
  /** Lines of the article's own text repetition must leave (default 1; a dump block's lines hold its headline too: 2). */
  keep?: number;
  /** The record's own credit fields (author, byline): a head line that repeats one, whole or glued before the text, is that credit. */
  echoes?: readonly string[];
}

/** A line, or an opening or ending, recurs when this many articles of the profile carry it. */
const MIN_DF = 3;
/** … and at least this share of them (whole lines; openings and endings need twice as much). */
const MIN_SHARE = 0.01;
/** Openings and endings glued to text must recur in at least this share of the articles. */
const AFFIX_SHARE = 0.05;
const LIST_KINDS = new Set(['related', 'most-read']);
/** A list under a heading holds at most this many items. */
const LIST_ITEMS = 8;
/** A credit opens the text within this many lines … */
const HEAD_LINES = 8;
/** … after a deck of lines no longer than this (in words): «- …», «- …», «NAME- سبق- الرياض: …». */
const DECK_WORDS = 30;

const AGENCY_WRAP = /[()[\]«»"“”'‘’]/gu;
const isAgency = (s: string): boolean => !!lookup(normalizeText(s, 'search').trim(), indexOf(defaultAgencies()));

function recurs(df: number | undefined, n: number, share: number, min = MIN_DF): boolean {
  return df !== undefined && df >= min && df >= n * share;
}

/** A sentence: long, or closed by a full stop after several words. Such a line needs much more repetition. */
function sentenceLike(words: number, line: string): boolean {
  return words > 16 || (words >= 6 && /[.!؟?]["»”)]?$/u.test(line));
}

/** What a short credit line is: «جدة – خاص» dateline, «عمر إبراهيم – عين اليوم» byline; null when no part is a known credit. */
export function creditKind(line: string, p: ProfileCounts | null | undefined, kinds: ChromeKinds): 'byline' | 'dateline' | null {
  const parts = creditParts(line);
  if (!parts) return null;
  let role = false;
  const known = parts.map((part) => {
    const shape = lineShape(part);
    if (!shape) return true;
    const kind = kinds.lines.get(shape) ?? kinds.lines.get(shape.split(' ')[0]!);
    // «خلف ملفي - المحرر»: a role word stands for a person.
    if (kind === 'byline') role = true;
    if (isAgency(part) || isPlaceName(part) || kind === 'dateline' || kind === 'byline') return true;
    return !!p && recurs(p.part.get(shape), p.n, MIN_SHARE);
  });
  if (!known.some(Boolean)) return null;
  return known.every(Boolean) && !role ? 'dateline' : 'byline';
}

/** The end (in the line) of the opening whose shape is `key`, taking the punctuation and blanks after it. */
function openingEnd(line: string, key: string): number {
  const words = key.split(' ').length;
  const re = /\S+/gu;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(line))) {
    const end = m.index + m[0].length;
    const shape = lineShape(line.slice(0, end));
    seen = shape ? shape.split(' ').length : 0;
    if (seen >= words && shape === key) {
      let e = end;
      while (e < line.length && /[\s:：\-–—ـ|،,]/u.test(line[e]!)) e++;
      return e;
    }
    if (seen > words) break;
  }
  return -1;
}

/** The start (in the line) of the ending whose shape is `key`, taking the blanks and punctuation before it. */
function endingStart(line: string, key: string): number {
  const re = /\S+/gu;
  const starts: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) starts.push(m.index);
  for (let i = starts.length - 1; i >= 0; i--) {
    const shape = lineShape(line.slice(starts[i]!));
    if (shape === key) {
      let s = starts[i]!;
      while (s > 0 && /[\s\-–—ـ|*]/u.test(line[s - 1]!)) s--;
      return s;
    }
    if (shape.length > key.length) break;
  }
  return -1;
}

/** The first recurring opening (or ending) after which articles go their own ways, as a shape key. */
function recurringAffix(words: readonly string[], map: ReadonlyMap<string, number>, n: number, fromEnd: boolean): string | null {
  // Up to one word short of what the profile counts: past it, where the articles part is unknown.
  for (let k = 1; k < Math.min(MAX_AFFIX_WORDS, words.length - 2); k++) {
    const key = (fromEnd ? words.slice(words.length - k) : words.slice(0, k)).join(' ');
    const df = map.get(key);
    // A share bar glued to the first sentence recurs in a large share of the outlet's articles;
    // a formulaic opening («بعث خادم الحرمين الشريفين …») in a small one.
    if (!recurs(df, n, AFFIX_SHARE)) break;
    const longer = (fromEnd ? words.slice(words.length - k - 1) : words.slice(0, k + 1)).join(' ');
    // Where the recurrence stops: most articles that share this opening differ in the next word.
    if (k >= 2 && (map.get(longer) ?? 0) < df! * 0.5) return key;
  }
  return null;
}

// Where a new sentence starts: after its closing punctuation and blanks.
const SENTENCE_END = /[.!؟?»"”)]\s+/gu;
const TAIL_KINDS = new Set(['link', 'tags', 'related', 'read-more', 'agency']);

/**
 * The tail kind an opening of (at least two) shape words names: a kind's opening («رابط الخبر …»),
 * or a list heading, whose list the page's text runs on after it («مقالات أخرى للكاتبحتى لا …»).
 */
function tailKind(key: string, kinds: ChromeKinds): string | null {
  const opening = kinds.starts.get(key);
  if (opening && TAIL_KINDS.has(opening)) return opening;
  const heading = kinds.lines.get(key);
  return heading && LIST_KINDS.has(heading) ? heading : null;
}

const openers = new WeakMap<ChromeKinds, Map<string, Set<string>>>();
/** The first two words of the openings of the tail kinds: first word → second words. */
function tailOpeners(kinds: ChromeKinds): Map<string, Set<string>> {
  let map = openers.get(kinds);
  if (!map) {
    map = new Map();
    for (const [key, kind] of [...kinds.starts, ...kinds.lines]) {
      const [first, second] = key.split(' ');
      if (tailKind(key, kinds) !== kind || second === undefined) continue;
      if (!map.has(first!)) map.set(first!, new Set());
      map.get(first!)!.add(second);
    }
    openers.set(kinds, map);
  }
  return map;
}

/** Whether any two words in a row of `shape` open a tail kind (the loop below only runs then). */
function mayHoldTail(shape: string, kinds: ChromeKinds): boolean {
  const map = tailOpeners(kinds);
  const words = shape.split(' ');
  for (let i = 0; i + 1 < words.length; i++) if (map.get(words[i]!)?.has(words[i + 1]!)) return true;
  return false;
}

/** Where a line's last sentences give way to a known chrome opening («رابط الخبر: …», «الوسوم: …»), or -1. */
function tailOpening(line: string, kinds: ChromeKinds, shape?: string): number {
  // Only the line's last characters: a glued tail is short, and a long line is not read again from every sentence.
  const from = Math.max(0, line.length - TAIL_CHARS);
  // Most lines hold no word a tail kind opens with: then no sentence is shaped on its own.
  if (!mayHoldTail(shape ?? lineShape(line.slice(from)), kinds)) return -1;
  SENTENCE_END.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(line))) {
    const at = m.index + m[0].length;
    const words = lineShape(line.slice(at)).split(' ');
    if (!words[0] || words.length > 40) continue;
    for (let n = Math.min(kinds.maxAffix, words.length); n >= 2; n--) {
      const kind = tailKind(words.slice(0, n).join(' '), kinds);
      // A list is headlines: a tail closed like a sentence («المزيد من التوفيق والسداد.») is the text's own.
      if (kind && !(LIST_KINDS.has(kind) && /[.!؟?]["»”)]?\s*$/u.test(line))) return at;
    }
  }
  return -1;
}

const CREDIT_SEPARATOR = /[-–—ـ|]\s*$/u;
const NEXT_WORDS = /^(\S+)(?:\s+(\S+))?/u;

/**
 * Where a credit cut at `end` really ends: the articles part after «عين اليوم –», but a desk word
 * after the separator (a whole credit line of its own: «متابعات», «خاص», «وكالات») belongs to it.
 */
function creditContinued(line: string, end: number, kinds: ChromeKinds): number {
  if (end <= 0 || !CREDIT_SEPARATOR.test(line.slice(0, end))) return end;
  const next = NEXT_WORDS.exec(line.slice(end));
  if (!next) return end;
  for (const taken of [next[0], next[1]!]) {
    const kind = kinds.lines.get(lineShape(taken));
    if (kind !== 'dateline' && kind !== 'byline') continue;
    let e = end + taken.length;
    while (e < line.length && /[\s:：\-–—ـ|،,]/u.test(line[e]!)) e++;
    return e;
  }
  return end;
}

/** A recurring opening glued before the first sentence (a share bar), cut where the articles part. */
function gluedOpening(line: string, words: readonly string[], p: ProfileCounts, kinds: ChromeKinds): LineVerdict | null {
  if (words.length <= 3) return null;
  const key = recurringAffix(words, p.prefix, p.n, false);
  const end = key ? creditContinued(line, openingEnd(line, key), kinds) : -1;
  if (!key || end <= 0 || end >= line.length) return null;
  const part = line.slice(0, end);
  return { kind: classifyLine(part, kinds) ?? creditKind(part.replace(/[:\s]+$/u, ''), p, kinds) ?? 'template', evidence: 'repeat', start: 0, end };
}

/** A recurring ending glued after the last sentence. */
function gluedEnding(line: string, words: readonly string[], p: ProfileCounts, kinds: ChromeKinds): LineVerdict | null {
  if (words.length <= 3) return null;
  const key = recurringAffix(words, p.suffix, p.n, true);
  const start = key ? endingStart(line, key) : -1;
  return key && start > 0 ? { kind: classifyLine(line.slice(start), kinds) ?? 'template', evidence: 'repeat', start, end: line.length } : null;
}

/** «خالد علي– سبق– جدة: …»: a credit glued before the first sentence (one the dateline reader takes is left to it). */
function gluedCredit(line: string, p: ProfileCounts | null, kinds: ChromeKinds): LineVerdict | null {
  if (!line.includes(':') || splitDateline(line, { start: 0, end: line.length }) !== null) return null;
  const glued = gluedCreditParts(line);
  const kind = glued ? creditKind(line.slice(0, glued.end).replace(/[:\s]+$/u, ''), p, kinds) : null;
  return glued && kind ? { kind, evidence: 'credit', start: 0, end: glued.end } : null;
}

/**
 * The unclosed fragment after the last line's last sentence, when the input's articles open such
 * fragments alike (a glued tag list). Where no full stop comes before it («… الشعب السعودي سمات أوامر
 * ملكية»), the last word the fragments open with, followed by a list of names, not a sentence.
 */
function trailingTail(line: string, p: ProfileCounts | null, kinds: ChromeKinds): LineVerdict | null {
  if (!p || p.n <= 1) return null;
  const verdict = (at: number): LineVerdict => ({ kind: classifyLine(line.slice(at), kinds) ?? 'template', evidence: 'repeat', start: at, end: line.length });
  const at = trailingFragment(line);
  if (at >= 0 && tailKeys(lineShape(line.slice(at))).some((k) => recurs(p.tail.get(k), p.n, AFFIX_SHARE, 5))) return verdict(at);
  if (SENTENCE_CLOSED.test(line)) return null;
  const starts: number[] = [];
  const word = /\S+/gu;
  word.lastIndex = Math.max(0, line.length - TAG_CHARS);
  for (let m: RegExpExecArray | null; (m = word.exec(line)); ) starts.push(m.index);
  for (let k = starts.length - 1; k > 0; k--) {
    const end = line.indexOf(' ', starts[k]!);
    const opener = lineShape(line.slice(starts[k]!, end < 0 ? line.length : end));
    if (!recurs(p.tail.get(opener), p.n, AFFIX_SHARE, 5)) continue;
    return listLike(line.slice(starts[k]!)) ? verdict(starts[k]!) : null;
  }
  return null;
}

/** How far from a line's end a glued tag list is looked for without a full stop before it. */
const TAG_CHARS = 300;
/** A list of names and topics: no sentence punctuation, few words, hardly any function words. */
function listLike(fragment: string): boolean {
  if (/[.!؟?،,؛:]\s/u.test(`${fragment} `.replace(/\.\.\s/gu, ' '))) return false;
  const words = lineShape(fragment).split(' ');
  const stop = defaultStopwords();
  return words.length >= 2 && words.length <= 25 && words.filter((w) => stop.has(w)).length <= words.length * 0.1;
}

/** An opening verdict of a one-line article, with the tail glued to the same line when there is one. */
function withTail(opening: LineVerdict, line: string, p: ProfileCounts | null, kinds: ChromeKinds): LineVerdict {
  const tail = trailingTail(line, p, kinds);
  return tail && tail.start > opening.end ? { ...opening, also: { kind: tail.kind, evidence: tail.evidence, start: tail.start } } : opening;
}

/** A head line that repeats one of the record's credit fields, whole or as its opening: that credit. */
function echoVerdict(line: string, shape: string, echoes: readonly string[], p: ProfileCounts | null, kinds: ChromeKinds): LineVerdict | null {
  for (const echo of echoes) {
    if (!echo) continue;
    const kind = creditKind(echo.replace(/[:\s]+$/u, ''), p, kinds) ?? 'byline';
    // The field, or the field with more credit: «ناصر الطميحي ـ جدة» for «ناصر الطميحي».
    if (shape === echo || (shape.startsWith(`${echo} `) && creditKind(line, p, kinds))) return { kind, evidence: 'credit', start: 0, end: line.length };
    // Glued before the text only a credit of two words or more: a one-word one may be the sentence's own.
    if (!echo.includes(' ') || !shape.startsWith(`${echo} `)) continue;
    const end = openingEnd(line, echo);
    if (end > 0 && end < line.length) return { kind, evidence: 'credit', start: 0, end };
  }
  return null;
}

/** Whether a word of `name` past the given name comes up in the text under it. */
function namedBelow(name: string, lines: readonly string[]): boolean {
  const text = openingKeys(lines.slice(1));
  for (const k of contentKeys(name.slice(name.indexOf(' ') + 1))) if (text.has(k)) return true;
  return false;
}

// «… شوبرا (أ ف ب).», «… في مومباي. “رويترز”»: an agency's name in brackets or quotes closing a line.
const AGENCY_ENDING = /\s*[(“"«]\s*([^()“”"«»\n]{1,24}?)\s*[)”"»]\s*\.?\s*$/u;

/** A known agency's name in brackets or quotes closing a line of text, as a verdict on that ending. */
function agencyEnding(line: string): LineVerdict | null {
  if (!AGENCY_CLOSE.test(line)) return null;
  const m = AGENCY_ENDING.exec(line.length > 200 ? line.slice(-200) : line);
  if (!m) return null;
  const start = line.length - m[0].length + (m[0].length - m[0].trimStart().length);
  // In quotes, only standing after a sentence: «… بحسب "سكاي نيوز".» is the text naming its source.
  const before = line.slice(0, start).trimEnd();
  if (line[start] !== '(' && !/[.!؟?]$/u.test(before)) return null;
  // In brackets, not right after the agency's own name: «… وكالة الأنباء القطرية (قنا).» glosses it.
  if (NAMES_AGENCY.test(lineShape(before.slice(-60)).split(' ').slice(-5).join(' '))) return null;
  return start > 0 && countWords(before, 3) >= 3 && isAgency(m[1]!) ? { kind: 'agency', evidence: 'kind', start, end: line.length } : null;
}
const NAMES_AGENCY = /(?:^| )(?:وكاله|الوكاله|انباء|الانباء|news|agency)(?: |$)/u;
const AGENCY_CLOSE = /[)”"»]\s*\.?\s*$/u;

/** The kinds whose words a share bar is made of: platforms, «مشاركة», «البريد الإلكتروني», «تابعنا». */
const BAR_KINDS = new Set(['share', 'follow', 'print-email', 'contact']);
/** A bar glued before text holds at least this many such words, and two platforms or share words. */
const BAR_WORDS = 3;
const PLATFORM_LETTERS = 4;

/** Whether the line's first word is a platform's or a share word. */
function opensWithPlatform(line: string, kinds: ChromeKinds): boolean {
  const space = line.indexOf(' ');
  const first = lineShape(line.slice(0, space < 0 ? line.length : space)).split(' ')[0]!;
  const kind = kinds.words.get(first);
  return (kind === 'share' || kind === 'follow') && first.length >= PLATFORM_LETTERS;
}

/**
 * «تيليجرام | فيسبوك | تويتر | واتساب فيما أكدت مصادر …»: a share bar glued before the text, seen
 * for the first time: a run of share words (with their counts) that text never opens with.
 */
function barOpening(line: string, words: readonly string[], kinds: ChromeKinds): LineVerdict | null {
  let n = 0;
  let shares = 0;
  for (; n < words.length; n++) {
    const w = words[n]!;
    const kind = kinds.words.get(w);
    // (A platform's name, not a piece of one: «ان» of «لينكد ان» is also «إن».)
    if ((kind === 'share' || kind === 'follow') && w.length >= PLATFORM_LETTERS) shares++;
    else if (n === 0) break;
    else if (!(kind && BAR_KINDS.has(kind)) && w !== '#' && w !== '+') break;
  }
  if (n < BAR_WORDS || shares < 2 || words.length - n < BAR_WORDS) return null;
  const end = openingEnd(line, words.slice(0, n).join(' '));
  return end > 0 && end < line.length ? { kind: 'share', evidence: 'kind', start: 0, end } : null;
}

/** A long line (a paragraph) can only carry chrome glued to it: a credit or share bar before it, a known or recurring tail after it. */
function longLineVerdict(line: string, i: number, last: number, head: boolean, p: ProfileCounts | null, kinds: ChromeKinds): LineVerdict | null {
  // (Cheapest test first: a bar opens with a platform's name.)
  const bar = opensWithPlatform(line, kinds) ? barOpening(line, edgeShape(line, false).split(' '), kinds) : null;
  if (bar) return i === last && p ? withTail(bar, line, p, kinds) : bar;
  if (head) {
    const glued = gluedCredit(line, p, kinds);
    if (glued) return glued;
  }
  const tail = i >= last - 1 ? tailOpening(line, kinds) : -1;
  if (tail > 0) return { kind: classifyLine(line.slice(tail), kinds) ?? 'link', evidence: 'kind', start: tail, end: line.length };
  if (!p || p.n <= 1) return null;
  if (i < 2) {
    const opening = gluedOpening(line, edgeShape(line, false).split(' '), p, kinds);
    if (opening) return i === last ? withTail(opening, line, p, kinds) : opening;
  }
  return i === last ? trailingTail(line, p, kinds) ?? gluedEnding(line, edgeShape(line, true).split(' '), p, kinds) : null;
}

/** A line that may be a headline: short, and not closed like a sentence or a lead-in. */
function beforeHeadline(next: string | undefined): boolean {
  return next !== undefined && !isParagraph(next) && !/[.!؟?:]["»”)]?$/u.test(next);
}

/** A paragraph: longer than a deck line. */
function isParagraph(line: string): boolean {
  return line.length > 400 || countWords(line, DECK_WORDS + 1) > DECK_WORDS;
}

/** The verdict for every line of one article (null: body). */
export function judgeLines(lines: readonly string[], o: JudgeOptions = {}): Array<LineVerdict | null> {
  const kinds = o.kinds ?? defaultChromeKinds();
  const p = o.profile ?? null;
  const out: Array<LineVerdict | null> = lines.map(() => null);
  const last = lines.length - 1;
  // A long line is body text by length; only its opening and ending can be chrome glued to it.
  const shapes = lines.map((l) => (l.length > LONG_LINE ? null : lineShape(l)));
  const echoes = (o.echoes ?? []).map((e) => lineShape(e));
  // The first paragraph; the head is the first two lines, the deck of short lines before the paragraph and the paragraph.
  const firstParagraph = lines.findIndex(isParagraph);
  const deckEnd = firstParagraph >= 0 && firstParagraph < HEAD_LINES ? firstParagraph : Math.min(lines.length - 1, HEAD_LINES);
  const isHead = (i: number): boolean => i < 2 || i <= deckEnd;
  // The first line of text: a sentence, or a line as long as one.
  const firstText = lines.findIndex((l) => l.length > 400 || (l.length > 40 && (SENTENCE_CLOSED.test(l) || countWords(l, 12) >= 12)));
  lines.forEach((line, i) => {
    const whole = (kind: string, evidence: LineVerdict['evidence']): LineVerdict => ({ kind, evidence, start: 0, end: line.length });
    const shape = shapes[i] ?? null;
    // (A paragraph only at the head: one further down does not open with the credit.)
    if (echoes.length && i < HEAD_LINES && (shape !== null || isHead(i))) {
      const echo = echoVerdict(line, shape ?? edgeShape(line, false), echoes, p, kinds);
      if (echo) return void (out[i] = echo);
    }
    if (shape === null) return void (out[i] = longLineVerdict(line, i, last, isHead(i), p, kinds));
    const own = classifyShaped(line, shape, kinds);
    if (own) return void (out[i] = whole(own, 'kind'));
    if (!shape) return;
    const words = shape.split(' ');
    const bar = barOpening(line, words, kinds);
    if (bar) return void (out[i] = i === last && p ? withTail(bar, line, p, kinds) : bar);
    // «(أ ف ب)», «“رويترز”»: an agency's name alone on its line (a photo credit, an end mark).
    if (words.length <= 4 && isAgency(line.replace(AGENCY_WRAP, '').trim())) return void (out[i] = whole('agency', 'kind'));
    // The head (up to the first paragraph) and the last lines.
    const edge = i < 3 || i < firstParagraph || i >= last - 2;
    // «رياضة», «كتّاب وآراء» above the headline: the section the page files the article under (within the text, a
    // subheading; with a colon, a lead-in to what follows).
    if ((firstText < 0 ? i < 2 : i < firstText) && words.length <= 3 && !/[:：]\s*$/u.test(line) && words.every((w) => kinds.words.get(w) === 'nav')) return void (out[i] = whole('nav', 'kind'));
    // «التاريخ: 21/07/2015» at the head or tail is the page's date; within the text it heads a letter the text reproduces.
    if (edge && (words[0] === 'التاريخ' || words[0] === 'تاريخ') && isDateShape(words.slice(1))) return void (out[i] = whole('date', 'kind'));
    // «الطائف 4 شوال 1436 هـ الموافق 21 يوليو 2015 م واس»: a wire dateline, a place and the date (and the agency).
    if (edge && words.length <= 16 && placeDated(line, words)) return void (out[i] = whole('dateline', 'credit'));
    // «بريدة: سارة المطيري», «لندن - «رصد»: …»: a dateline the body's first line opens with is read by dump/dateline.ts.
    const split = (i < 2 || words.length <= 8) && line.includes(':') ? splitDateline(line, { start: 0, end: line.length }) : null;
    // «الأحساء: الاقتصادية» alone on its line before a headline, or at the tail: a credit line with no text after it.
    // (Before a paragraph it opens the text, and the dateline reader takes it: «بريدة: سارة المطيري».)
    // (A part must be a known credit: «عبدالرحمن بن مساعد: شكراً يا رئيس الاتحاد» is a headline.)
    if (split && !split.rest && ((edge && beforeHeadline(lines[i + 1])) || (i >= last - 2 && firstParagraph >= 0 && i > firstParagraph)) && creditKind(line, p, kinds)) return void (out[i] = whole('dateline', 'credit'));
    const dateline = split !== null;
    if (words.length <= 8 && !dateline) {
      // At the head or tail any credit line; between paragraphs only a reporter's («NAME - المحرر»).
      // A first line shaped like a credit, where the input's articles habitually open with one: «محمد الشراري- طبرجل».
      const habit = i === 0 && !!p && recurs(p.creditFirst, p.n, 0.1, 5) && creditParts(line) !== null;
      const credit = creditKind(line, p, kinds) ?? (habit || (edge && isReporterFrom(line)) ? 'byline' : null);
      if (credit && (edge || credit === 'byline' || recurs(p?.line.get(shape), p?.n ?? 0, MIN_SHARE))) return void (out[i] = whole(credit, 'credit'));
    }
    // «خالد علي– سبق– جدة: …»: a credit glued before the first sentence.
    const glued = isHead(i) && !dateline ? gluedCredit(line, p, kinds) : null;
    if (glued) return void (out[i] = glued);
    // «… سمات: …», «… رابط الخبر: …» closing the last lines: a known opening after the last sentence.
    const tail = i >= last - 1 ? tailOpening(line, kinds, shape) : -1;
    if (tail > 0) return void (out[i] = { kind: classifyLine(line.slice(tail), kinds) ?? 'link', evidence: 'kind', start: tail, end: line.length });
    if (p && p.n > 1) {
      const df = p.line.get(shape);
      const sentence = sentenceLike(words.length, line);
      const min = sentence ? 5 : words.length <= 8 && p.n <= 10 ? 2 : MIN_DF;
      if (recurs(df, p.n, sentence ? MIN_SHARE * 2 : MIN_SHARE, min)) return void (out[i] = whole(uiKind(words, kinds) ?? creditKind(line, p, kinds) ?? 'template', 'repeat'));
      const opening = i < 2 ? gluedOpening(line, words, p, kinds) : null;
      if (opening) return void (out[i] = i === last ? withTail(opening, line, p, kinds) : opening);
      // «… تفاصيل أخرى. سمات نيجيريا …»: the fragment after the last sentence opens as the outlet's do.
      const fragment = i === last ? trailingTail(line, p, kinds) : null;
      if (fragment) return void (out[i] = fragment);
      // «سمات العربية داعش …»: the last line opens as the outlet's last lines do, and holds no sentence.
      if (i === last && words.length >= 2 && !SENTENCE_CLOSED.test(line) && trailingFragment(line) < 0) {
        const opening = [`${words[0]} ${words[1]}`, words[0]!].find((k) => recurs(p.tail.get(k), p.n, MIN_SHARE * 2, 5));
        if (opening) return void (out[i] = whole(classifyLine(line, kinds) ?? 'template', 'repeat'));
      }
      if (i === last) out[i] = gluedEnding(line, words, p, kinds);
    }
  });
  // Chrome recurs across articles that differ: when repetition would leave this one without its own
  // text (the input repeats whole articles, or all its articles share one wording: «خبر رقم 1», «خبر
  // رقم 2» …), it tells nothing apart, and the repeated lines stay.
  if (out.filter((v, i) => !v && shapes[i] !== '').length < (o.keep ?? 1)) {
    out.forEach((v, i) => {
      if (v?.evidence === 'repeat' && v.start === 0 && v.end === lines[i]!.length) out[i] = null;
    });
  }
  // «أحمد عبده ضعافي» above the text: a columnist's name alone is the credit; «… (أ ف ب).» closing a line, the photo's or the text's.
  // (A name the text goes on to mention is its subject, a photo's caption: «جون كيري» above a text on Kerry.)
  if (lines.length > 1 && !out[0] && isText(lines[1]!) && isBareName(lines[0]!) && !namedBelow(lines[0]!, lines)) out[0] = { kind: 'byline', evidence: 'credit', start: 0, end: lines[0]!.length };
  for (let i = 0; i < lines.length; i++) if (!out[i]) out[i] = agencyEnding(lines[i]!);
  // «* * *» between two paragraphs (or sentences) is the writer's own break in the text, not the page's.
  const text = (l: string): boolean => isParagraph(l) || SENTENCE_CLOSED.test(l);
  for (let i = 1; i < last; i++) {
    if (out[i]?.kind === 'separator' && !out[i - 1] && !out[i + 1] && text(lines[i - 1]!) && text(lines[i + 1]!)) out[i] = null;
  }
  // The headline-like lines under a «related» or «most read» heading are the list.
  for (let i = 0; i < lines.length; i++) {
    const v = out[i];
    if (!v || v.evidence === 'list' || !LIST_KINDS.has(v.kind) || v.start !== 0 || v.end !== lines[i]!.length) continue;
    // The items look alike: under a bulleted first item, a line without a bullet is no item (the next headline).
    const bulleted = i + 1 < lines.length && BULLET.test(lines[i + 1]!);
    // (Each item may carry its date on the line under it: «منذ يوم», «23/07/2015 19:40».)
    for (let j = i + 1, items = 0; j < lines.length && items < LIST_ITEMS; j++) {
      if (out[j]?.kind === 'date' && out[j]!.start === 0) continue;
      if (out[j]) break;
      items++;
      const words = lineShape(lines[j]!).split(' ').length;
      if (words < 2 || words > 20 || /[.:]["»”)]?$/u.test(lines[j]!) || BULLET.test(lines[j]!) !== bulleted) break;
      out[j] = { kind: v.kind, evidence: 'list', start: 0, end: lines[j]!.length };
    }
  }
  // A bulleted list of headline-like lines under a short heading, after the body: another list of articles.
  markBulletLists(lines, out);
  // A menu printed one section a line: «محليات», «اقتصاد», «رياضة» …
  markMenus(lines, out, kinds);
  // A tags heading alone on its line: the short lines under it are the tags.
  for (let i = 0; i < lines.length; i++) {
    if (out[i]?.kind !== 'tags' || lineShape(lines[i]!).split(' ').length > 3) continue;
    for (let j = i + 1; j < lines.length && !out[j] && lineShape(lines[j]!).split(' ').length <= 3; j++) out[j] = { kind: 'tags', evidence: 'list', start: 0, end: lines[j]!.length };
  }
  // An embedded tweet: its text, right above its signature «— NAME (@handle) DATE».
  for (let i = 1; i < lines.length; i++) {
    if (out[i]?.kind === 'tweet' && !out[i - 1] && lines[i - 1]!.length <= TWEET_CHARS) out[i - 1] = { kind: 'tweet', evidence: 'list', start: 0, end: lines[i - 1]!.length };
  }
  // What is left among the page's chrome below the text.
  markAfterText(lines, out);
  return out;
}

/** A paragraph of the text, which the page's chrome never is: a long line, or a sentence of this many words. */
const TEXT_SENTENCE_WORDS = 12;
const STATEMENT_CLOSED = /\.["»”)]?$/u;
const LEAD_IN = /[:：]\s*$/u;
const NUMBERED_ITEM = /^\s*\p{Nd}{1,3}\s*[-.)\u202A-\u202E]/u;
const NOT_STARTING = new Set(['separator', 'byline', 'dateline']);
const isText = (line: string): boolean => isParagraph(line) || (SENTENCE_CLOSED.test(line) && countWords(line, TEXT_SENTENCE_WORDS) >= TEXT_SENTENCE_WORDS);

/**
 * Once the page's chrome has started below the text's last paragraph, the text is over: the short
 * lines among that chrome are the page's too (the headlines under «المقال السابق», a poll's question
 * and answers, «كن أول من يعلق!»), of the kind of the chrome line above them.
 */
function markAfterText(lines: readonly string[], out: Array<LineVerdict | null>): void {
  let lastText = -1;
  for (let i = lines.length - 1; i >= 0 && lastText < 0; i--) if (!out[i] && isText(lines[i]!)) lastText = i;
  if (lastText < 0) return;
  let kind: string | null = null;
  for (let i = lastText + 1; i < lines.length; i++) {
    const v = out[i];
    const line = lines[i]!;
    // The page's chrome starts with a line a kind or repetition names (a credit's shape, «بنين - بوركينا فاسو», or a
    // numbered item, «14- فزي له يا أرض / كلمات: …», may be the text's own list).
    if (v && v.start === 0 && v.end === line.length && v.evidence !== 'credit' && !NOT_STARTING.has(v.kind) && !NUMBERED_ITEM.test(line)) kind = v.kind;
    else if (v) continue;
    // A lead-in («حركة النقل الداخلي بنات:») is the text going on, with its list.
    else if (LEAD_IN.test(line)) kind = null;
    // (A statement closed by a full stop is the text's, however short: «- صورة لشركة أرامكو.» under a list placed inside it.)
    else if (kind && !STATEMENT_CLOSED.test(line)) out[i] = { kind, evidence: 'position', start: 0, end: line.length };
  }
}

/** A place (one or two words the gazetteer knows) and a date, with at most two words after it (the agency). */
function placeDated(line: string, words: readonly string[]): boolean {
  if (!words.includes('#')) return false;
  const raw = line.split(/\s+/u);
  for (const k of [1, 2]) {
    if (words.length <= k || !isPlaceName(raw.slice(0, k).join(' ').replace(/[:،,\-–]+$/u, ''))) continue;
    for (let cut = 0; cut <= 2; cut++) {
      const rest = words.slice(k, words.length - cut);
      if (rest.filter((w) => w === '#').length >= 2 && isDateShape(rest)) return true;
    }
  }
  return false;
}

/** A tweet's text is at most this long. */
const TWEET_CHARS = 300;

/** A menu is at least this many short lines in a row, most of them the names of sections. */
const MENU_LINES = 3;
const MENU_WORDS = 3;

/**
 * «الرئيسية», «محليات», «اقتصاد», «رياضة», «كتّاب»: a run of short lines most of which are section
 * names (the nav kind's words) is the site's menu, though one such name alone may be a subheading.
 */
function markMenus(lines: readonly string[], out: Array<LineVerdict | null>, kinds: ChromeKinds): void {
  const short = (i: number): string[] | null => {
    if (out[i] && out[i]!.kind !== 'nav') return null;
    const words = lines[i]!.length > 60 ? [] : lineShape(lines[i]!).split(' ').filter(Boolean);
    return words.length && words.length <= MENU_WORDS ? words : null;
  };
  const named = (w: string[] | null): boolean => !!w && w.every((x) => kinds.words.get(x) === 'nav');
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && short(j)) j++;
    // The menu runs from its first section name to its last: a short headline after it is no part of it.
    let a = i;
    let b = j;
    while (a < b && !named(short(a))) a++;
    while (b > a && !named(short(b - 1))) b--;
    let count = 0;
    for (let k = a; k < b; k++) if (named(short(k))) count++;
    if (b - a >= MENU_LINES && count >= Math.max(2, (b - a) * 0.6)) {
      for (let k = a; k < b; k++) out[k] ??= { kind: 'nav', evidence: 'list', start: 0, end: lines[k]!.length };
    }
    i = Math.max(j, i + 1);
  }
}

const BULLET = /^(?:[•·▪●◦■\-–*]\s*|\p{Nd}{1,2}(?:[.)-]\s*|\s+))\S/u;
const headlineLike = (line: string): boolean => {
  const n = line.split(/\s+/u).length;
  return n >= 2 && n <= 20 && !/[.:،,؛]["»”)]?$/u.test(line);
};

/** «الأكثر تفاعلاً» followed by «• …», «• …» at the tail: the heading and its items are a list of articles. */
function markBulletLists(lines: readonly string[], out: Array<LineVerdict | null>): void {
  for (let i = 0; i + 2 < lines.length; i++) {
    const heading = lines[i]!;
    // Cheapest test first: a list needs a bullet on the next line.
    if (out[i] || !BULLET.test(lines[i + 1]!) || BULLET.test(heading) || /[.!؟?]$/u.test(heading) || heading.split(/\s+/u).length > 5) continue;
    let j = i + 1;
    while (j < lines.length && !out[j] && BULLET.test(lines[j]!) && headlineLike(lines[j]!)) j++;
    if (j - i - 1 < 2) continue;
    // A list the article itself introduces ends its lead-in with a colon: «أبرز القرارات:».
    if (/[:：]$/u.test(heading)) continue;
    for (let k = i; k < j; k++) out[k] = { kind: 'related', evidence: 'list', start: 0, end: lines[k]!.length };
    i = j - 1;
  }
}

