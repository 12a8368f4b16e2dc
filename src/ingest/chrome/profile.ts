/**
 * What one outlet's (or one input's) articles repeat, learned as they arrive: how many articles
 * carry each line shape, each opening of the first lines and each ending of the last line, and
 * each part of short «A – B» credit lines. Chrome is what recurs across articles that differ.
 * Counts are document frequencies (a line printed twice in one article counts once).
 */
import { countWords } from '../../text/count-words.js';
import { edgeShape, LONG_LINE, lineShape } from './line-shape.js';

/** Lines longer than this (in words) are never counted: chrome is short. */
export const MAX_LINE_WORDS = 40;
/** Openings and endings counted, in words. */
export const MAX_AFFIX_WORDS = 8;
/** Past this many keys, keys seen in one article only are dropped (lossy counting keeps memory bounded). */
const PRUNE_AT = 150_000;

export interface ProfileCounts {
  /** Articles observed. */
  n: number;
  line: Map<string, number>;
  prefix: Map<string, number>;
  suffix: Map<string, number>;
  part: Map<string, number>;
  /** Openings (one or two words) of last lines, or of the fragment after the last sentence, not closed like a sentence: «سمات …» (a tag line). */
  tail: Map<string, number>;
  /** Articles whose first line is a short credit line, whatever its words («NAME – PLACE»): the outlet's habit. */
  creditFirst: number;
  /** Articles whose first line is a short line that closes nothing and is no credit, above a paragraph: a photo's caption, as an outlet may habitually print it. */
  captionFirst: number;
}

/** A head caption is at most this many words … */
const CAPTION_WORDS = 10;
/** … above a paragraph of more than this many. */
const UNDER_CAPTION_WORDS = 20;

/** Whether an article's first two lines are a short line that closes nothing and is no credit, and a paragraph: «كارتر أثناء اجتماعه مع البارزاني». */
export function opensWithCaptionShape(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const first = lines[0]!;
  return first.length <= 120 && countWords(first, CAPTION_WORDS + 1) <= CAPTION_WORDS && !SENTENCE_CLOSED.test(first) && !/[،,؛]$/u.test(first) && creditParts(first) === null && countWords(lines[1]!, UNDER_CAPTION_WORDS + 1) > UNDER_CAPTION_WORDS;
}

/** A line closed like a sentence. */
export const SENTENCE_CLOSED = /[.!؟?:]["»”)]?$/u;

// A credit before the first sentence, up to its colon: at most 60 characters, no sentence punctuation.
const CREDIT_PREFIX = /^([^:.!؟?،,؛\n]{3,60}?)\s*:\s*/u;
// The end of a sentence inside a line, with the blanks after it.
const SENTENCE_BREAK = /[.!؟?]["»”)]?\s+/gu;
/** How far from a line's end its trailing fragment is looked for. */
export const TAIL_CHARS = 600;

/**
 * Where the unclosed fragment after a line's last sentence starts («… تفاصيل أخرى. سمات بوكو حرام
 * نيجيريا»: a tag list glued to the text), or -1 when the line closes like a sentence or holds none.
 */
export function trailingFragment(line: string): number {
  if (SENTENCE_CLOSED.test(line)) return -1;
  SENTENCE_BREAK.lastIndex = Math.max(0, line.length - TAIL_CHARS);
  let at = -1;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_BREAK.exec(line))) at = m.index + m[0].length;
  return at > 0 && at < line.length ? at : -1;
}

/** The one- and two-word openings of a trailing fragment's shape (or a last line's): what `tail` counts. */
export function tailKeys(shape: string): string[] {
  const words = shape.split(' ');
  if (words.length < 2 || words.length > MAX_LINE_WORDS) return [];
  return [`${words[0]} ${words[1]}`, words[0]!];
}

/** The parts of a credit glued before a line's first sentence («محمد علي- سبق- الرياض: …»), or null. */
export function gluedCreditParts(line: string): { parts: string[]; end: number } | null {
  const m = CREDIT_PREFIX.exec(line);
  const parts = m ? creditParts(m[1]!) : null;
  return m && parts && parts.length >= 2 ? { parts, end: m[0].length } : null;
}

/** Splits a short credit line into its parts: «عمر إبراهيم – عين اليوم» → two parts; null when it has no separator. */
export function creditParts(line: string): string[] | null {
  if (line.length > 80 || /[.!؟?،,؛]\s*$/u.test(line)) return null;
  // «ينبع (الوطن)»: a place and its outlet in brackets.
  // (A longer text before the bracket is a photo caption and its credit: «الطلاب أمام المدرسة (رويترز)».)
  const bracket = /^([^()\s]+(?:\s[^()\s]+)?)\s*\(([^()]{2,30})\)$/u.exec(line);
  if (bracket) return [bracket[1]!.trim(), bracket[2]!.trim()];
  const parts = line.split(/\s*[-–—ـ|:]\s*|\s+\/\s+/u).map((p) => p.replace(/[:：]\s*$/u, '').trim()).filter(Boolean);
  // «1 - تلبية طلب الزبائن» is a numbered item, not a credit.
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => /^[\p{Nd}.)]+$/u.test(p))) return null;
  return parts.every((p) => p.split(/\s+/u).length <= 5) ? parts : null;
}

/** Word-boundary prefixes (1…MAX_AFFIX_WORDS words) of a shape. */
function prefixes(words: readonly string[], out: Set<string>): void {
  let key = '';
  for (let k = 0; k < Math.min(words.length - 1, MAX_AFFIX_WORDS); k++) {
    key = k ? `${key} ${words[k]}` : words[k]!;
    out.add(key);
  }
}

function suffixes(words: readonly string[], out: Set<string>): void {
  let key = '';
  for (let k = 0; k < Math.min(words.length - 1, MAX_AFFIX_WORDS); k++) {
    const w = words[words.length - 1 - k]!;
    key = k ? `${w} ${key}` : w;
    out.add(key);
  }
}

/** A new, empty profile. */
export function emptyProfile(): ProfileCounts {
  return { n: 0, line: new Map(), prefix: new Map(), suffix: new Map(), part: new Map(), tail: new Map(), creditFirst: 0, captionFirst: 0 };
}

const bump = (map: Map<string, number>, keys: Iterable<string>): void => {
  for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
};

const scratch = { line: new Set<string>(), part: new Set<string>(), prefix: new Set<string>(), suffix: new Set<string>(), tail: new Set<string>() };

/** Counts one article's non-blank lines (trimmed, in order) into the profile. */
export function observeArticle(p: ProfileCounts, lines: readonly string[]): void {
  if (!lines.length) return;
  p.n++;
  if (creditParts(lines[0]!)) p.creditFirst++;
  else if (opensWithCaptionShape(lines)) p.captionFirst++;
  // One article's keys, each counted once (reused sets: observation runs for every article).
  const { line, part, prefix, suffix, tail } = scratch;
  for (const set of [line, part, prefix, suffix, tail]) set.clear();
  const closing = lines[lines.length - 1]!;
  // The unclosed fragment after the last sentence, or a last line that holds no sentence.
  const fragment = trailingFragment(closing);
  if (fragment > 0) for (const k of tailKeys(lineShape(closing.slice(fragment)))) tail.add(k);
  else if (closing.length <= LONG_LINE && !SENTENCE_CLOSED.test(closing)) for (const k of tailKeys(lineShape(closing))) tail.add(k);
  // The parts of a credit glued before the first sentence: «سبق» in «محمد علي- سبق- الرياض: …».
  for (const l of lines.slice(0, 8)) {
    const glued = gluedCreditParts(l);
    for (const c of glued?.parts ?? []) part.add(lineShape(c));
    if (glued) break;
  }
  lines.forEach((l, i) => {
    const lastLine = i === lines.length - 1;
    // A paragraph is shaped only where chrome may be glued to it: its opening and ending.
    if (l.length > LONG_LINE) {
      if (i < 2) prefixes(edgeShape(l, false).split(' '), prefix);
      if (lastLine) suffixes(edgeShape(l, true).split(' '), suffix);
      return;
    }
    const shape = lineShape(l);
    const words = shape ? shape.split(' ') : [];
    if (i < 2) prefixes(words, prefix);
    if (lastLine) suffixes(words, suffix);
    if (!words.length || words.length > MAX_LINE_WORDS) return;
    line.add(shape);
    for (const c of creditParts(l) ?? []) part.add(lineShape(c));
  });
  bump(p.line, line);
  bump(p.part, part);
  bump(p.prefix, prefix);
  bump(p.suffix, suffix);
  bump(p.tail, tail);
  if (p.line.size + p.prefix.size + p.suffix.size > PRUNE_AT) prune(p);
}

/** Drops the keys only one article carried. */
export function prune(p: ProfileCounts): void {
  for (const map of [p.line, p.prefix, p.suffix, p.part, p.tail]) for (const [k, v] of map) if (v < 2) map.delete(k);
}
