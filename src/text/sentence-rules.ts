/** The ordered rules that decide whether a lone full stop ends a sentence; the first rule with an opinion wins. */
import type { AbbreviationKeys } from './sentence-abbreviations.js';
import { abbreviationKey } from './sentence-abbreviations.js';
import * as chars from './sentence-chars.js';

// Local copies: tsx compiles each use of an imported binding to a getter call, too slow when run per dot.
const { isArabicLetter, isBlank, isDecoration, isDigit, isLetter, isLineBreak, isOpening } = chars;

/** Everything a rule may look at around one full stop. */
export interface PeriodContext {
  text: string;
  /** Index of the dot. */
  dot: number;
  /** Index right after the dot's cluster: the dot plus closers such as `»` or `)`. */
  after: number;
  /** The code unit at `after`, or -1 at the end of the unit. */
  next: number;
  /** End of the unit (line or paragraph) being split. */
  unitEnd: number;
  /** Start of the sentence so far. */
  sentenceStart: number;
  /** Start of the token before the dot, after any opening bracket or quote: `(أ.ف.ب` → `أ.ف.ب`. */
  tokenStart: number;
  /** Lookup key of that token (`د`, `أ.ف.ب`, `2015م`), or null when it is too long to be an abbreviation. */
  key: string | null;
  lexicon: AbbreviationKeys;
}

/** One rule: `true` ends the sentence, `false` keeps it going, `undefined` passes to the next rule. */
export interface PeriodRule {
  id: string;
  example: string;
  decide(c: PeriodContext): boolean | undefined;
}

// No abbreviation is this long; a longer token (a URL, a run of glued words) is never looked up.
const MAX_TOKEN = 48;

function leadingDigits(key: string): number {
  let n = 0;
  while (n < key.length && isDigit(key.charCodeAt(n))) n++;
  return n;
}

// `2015م` glued, or `2015 م` with the number as the previous token.
function isYearMarker(c: PeriodContext): boolean {
  if (c.key === null) return false;
  const digits = leadingDigits(c.key);
  if (!c.lexicon.yearMarkers.has(c.key.slice(digits))) return false;
  if (digits > 0) return true;
  let i = c.tokenStart - 1;
  while (i >= c.sentenceStart && isBlank(c.text.charCodeAt(i))) i--;
  return i >= c.sentenceStart && isDigit(c.text.charCodeAt(i));
}

// Single letters joined by dots: `أ.ف.ب`, `ق.م`, `U.S`.
function isInitialism(key: string | null): boolean {
  if (key === null || key.length < 3 || key.length % 2 === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (i % 2 === 1 ? c !== 0x2e : !isLetter(c)) return false;
  }
  return true;
}

// The blank run after the cluster holds a line break: `(أ.ف.ب.)⏎`.
function lineEndsAfter(c: PeriodContext): boolean {
  for (let i = c.after; i < c.unitEnd && i < c.after + MAX_TOKEN; i++) {
    const code = c.text.charCodeAt(i);
    if (isLineBreak(code)) return true;
    if (!isBlank(code)) return false;
  }
  return false;
}

// Nothing but blanks and opening quotes between the start of the sentence and the token: `1. البند الأول`.
function startsSentence(c: PeriodContext): boolean {
  let i = c.tokenStart - 1;
  while (i >= c.sentenceStart && (isBlank(c.text.charCodeAt(i)) || isOpening(c.text.charCodeAt(i)))) i--;
  return i < c.sentenceStart;
}

// The Arabic word right before the dot has two letters or more: `ذهبنا.` yes, `ب.` no.
function arabicWordBefore(c: PeriodContext): boolean {
  let letters = 0;
  for (let i = c.dot - 1; i >= c.tokenStart && letters < 2; i--) {
    const code = c.text.charCodeAt(i);
    if (isArabicLetter(code)) letters++;
    else if (!isDecoration(code)) break;
  }
  return letters >= 2;
}

// `ود` in `وحضر أ. سمير ود. أحمد`: the conjunction و glued to a known abbreviation.
function conjunctionAbbreviation(c: PeriodContext): boolean {
  if (c.key === null || c.key.length < 2 || c.key.charCodeAt(0) !== 0x648) return false;
  const rest = c.key.slice(1);
  return c.lexicon.abbreviations.has(rest) || isInitialism(rest);
}

const allDigits = (key: string | null): boolean => key !== null && key !== '' && leadingDigits(key) === key.length;

/** The rules, in the order they are tried. */
export const PERIOD_RULES: readonly PeriodRule[] = [
  {
    id: 'glued-to-non-arabic',
    example: '3.5 · 25.07.2015 · www.example.com · news@example.org',
    decide: (c) => (c.next >= 0 && !isBlank(c.next) && !isArabicLetter(c.next) && !isOpening(c.next) ? false : undefined),
  },
  { id: 'year-marker', example: 'وُلد عام 1950م. ثم …', decide: (c) => (isYearMarker(c) ? true : undefined) },
  {
    id: 'initialism-at-line-end',
    example: 'صورة من الاجتماع (أ.ف.ب.)⏎',
    decide: (c) => (isInitialism(c.key) && lineEndsAfter(c) ? true : undefined),
  },
  { id: 'abbreviation', example: 'د. أحمد', decide: (c) => (c.key !== null && c.lexicon.abbreviations.has(c.key) ? false : undefined) },
  { id: 'initialism', example: '(أ.ف.ب) · U.S. officials', decide: (c) => (isInitialism(c.key) ? false : undefined) },
  { id: 'conjunction-abbreviation', example: 'ود. أحمد · وأ.د. سمير', decide: (c) => (conjunctionAbbreviation(c) ? false : undefined) },
  { id: 'list-number', example: '1. البند الأول', decide: (c) => (allDigits(c.key) && startsSentence(c) ? false : undefined) },
  {
    id: 'glued-to-arabic',
    example: 'ذهبنا.ثم عدنا (a missing space) · but ب.ت',
    decide: (c) => (c.next >= 0 && isArabicLetter(c.next) ? arabicWordBefore(c) || allDigits(c.key) : undefined),
  },
  { id: 'full-stop', example: 'ذهبنا. ثم عدنا', decide: () => true },
];

/** Decides whether the lone dot at `dot`, whose cluster ends at `after`, ends the sentence. */
export function periodEndsSentence(
  text: string, dot: number, after: number, unitEnd: number, sentenceStart: number, lexicon: AbbreviationKeys,
): boolean {
  let start = dot;
  while (start > sentenceStart && dot - start <= MAX_TOKEN && !isBlank(text.charCodeAt(start - 1))) start--;
  const tooLong = dot - start > MAX_TOKEN;
  while (start < dot && isOpening(text.charCodeAt(start))) start++;
  const c: PeriodContext = {
    text, dot, after, unitEnd, sentenceStart, lexicon,
    next: after < unitEnd ? text.charCodeAt(after) : -1,
    tokenStart: start,
    key: tooLong ? null : abbreviationKey(text.slice(start, dot)),
  };
  for (const rule of PERIOD_RULES) {
    const verdict = rule.decide(c);
    if (verdict !== undefined) return verdict;
  }
  return true;
}
