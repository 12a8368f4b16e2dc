/** One linear pass over one unit (a line or a paragraph): find sentence-end clusters, decide each, emit trimmed spans. */
import type { Span } from '../core/types.js';
import type { AbbreviationKeys } from './sentence-abbreviations.js';
import * as chars from './sentence-chars.js';
import { periodEndsSentence } from './sentence-rules.js';

// Local copies: tsx compiles each use of an imported binding to a getter call, too slow in a per-character loop.
const { ROLE, Role, isArabicLetter, isBlank, isFormat, isWordChar } = chars;

/** The resolved options the scanner needs. */
export interface ScanSettings {
  lexicon: AbbreviationKeys;
  semicolonIsBoundary: boolean;
  ellipsisIsBoundary: boolean;
  splitInsideQuotes: boolean;
}

// Open «…» and “…” pairs, and whether an ASCII "…" is open.
interface QuoteState {
  depth: number;
  asciiOpen: boolean;
}

// An ASCII " after a letter and before a space closes (`عدنا." وقال`); after a space and before a letter it
// opens (`قال "ذهبنا`); otherwise it closes when one is open.
function asciiQuoteCloses(text: string, i: number, a: number, b: number, q: QuoteState): boolean {
  const spaceBefore = i === a || isBlank(text.charCodeAt(i - 1));
  const spaceAfter = i + 1 >= b || isBlank(text.charCodeAt(i + 1));
  if (spaceBefore !== spaceAfter) return spaceAfter;
  return q.asciiOpen;
}

// Tracks quotes outside clusters; returns true when the quote at i closes one.
function trackQuote(code: number, role: number, text: string, i: number, a: number, b: number, q: QuoteState): boolean {
  if (role === Role.AsciiQuote) {
    const closes = asciiQuoteCloses(text, i, a, b, q);
    q.asciiOpen = !closes;
    return closes;
  }
  if (code === 0xab || code === 0x201c) q.depth++; // « “
  else if ((code === 0xbb || code === 0x201d) && q.depth > 0) q.depth--; // » ”
  return role === Role.CloseQuote;
}

const enum Kind { Period, Ellipsis, Strong }

function startsCluster(role: number, s: ScanSettings): boolean {
  return role === Role.Dot || role === Role.Ellipsis || role === Role.Strong || (role === Role.Semicolon && s.semicolonIsBoundary);
}

// One bracketed word with no space inside: the agency credit of a caption, `أمس. (د.ب.أ)`.
function isCredit(text: string, s: number, e: number): boolean {
  if (ROLE[text.charCodeAt(s)] !== Role.OpenBracket || ROLE[text.charCodeAt(e - 1)] !== Role.CloseBracket) return false;
  for (let k = s + 1; k < e - 1; k++) if (isBlank(text.charCodeAt(k))) return false;
  return true;
}

// Trims the blanks off text[s, e) and appends it. Stray punctuation with no word (`!! 🙂`), or a credit
// ending the unit, joins the unit's previous span.
function emit(text: string, s: number, e: number, hasWord: boolean, last: boolean, out: Span[], unitFirst: number): void {
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (s === e) return;
  const previous = out.length > unitFirst ? out[out.length - 1] : undefined;
  if (previous && (!hasWord || (last && isCredit(text, s, e)))) previous.end = e;
  else out.push({ start: s, end: e });
}

/** Splits the unit `text[a, b)` into sentence spans and appends them to `out`. */
export function scanUnit(text: string, a: number, b: number, s: ScanSettings, out: Span[]): void {
  const unitFirst = out.length;
  const q: QuoteState = { depth: 0, asciiOpen: false };
  let sentenceStart = a;
  let hasWord = false;
  let i = a;
  while (i < b) {
    const code = text.charCodeAt(i);
    const role = ROLE[code]!;
    if (!startsCluster(role, s)) {
      if (role === Role.None) hasWord ||= isWordChar(code);
      else if (role === Role.AsciiQuote || role === Role.OpenQuote || role === Role.CloseQuote) trackQuote(code, role, text, i, a, b, q);
      i++;
      continue;
    }
    // The cluster: terminators, then closers and more terminators — `؟!`, `...`, `. . .`, `.»`, `!».`
    let j = i;
    let dots = 0; // dots before anything else: 1 is a full stop, 2 or more an ellipsis
    let leading = true;
    let kind = Kind.Period;
    while (j < b) {
      const c = text.charCodeAt(j);
      const r = ROLE[c]!;
      if (r === Role.Dot) dots += leading ? 1 : 0;
      else if (r === Role.Ellipsis) kind = kind === Kind.Strong ? kind : Kind.Ellipsis;
      else if (r === Role.Strong || (r === Role.Semicolon && s.semicolonIsBoundary)) kind = Kind.Strong;
      else if (r === Role.CloseBracket) leading = false;
      else if (r === Role.CloseQuote || (r === Role.AsciiQuote && asciiQuoteCloses(text, j, a, b, q))) {
        trackQuote(c, r, text, j, a, b, q);
        leading = false;
      } else if (r === Role.Apostrophe && (j + 1 >= b || isBlank(text.charCodeAt(j + 1)))) leading = false;
      else if (c === 0x20 && leading && dots > 0 && j + 1 < b && ROLE[text.charCodeAt(j + 1)] === Role.Dot) {
        // `. . .` — a spaced ellipsis stays one cluster
      } else if (!isFormat(c)) break; // an RLM inside `.\u200F»` is part of the cluster
      if (r !== Role.Dot && c !== 0x20) leading = false;
      j++;
    }
    if (kind === Kind.Period && dots >= 2) kind = Kind.Ellipsis;
    const next = j < b ? text.charCodeAt(j) : -1;
    const nextRole = next < 0 ? Role.None : ROLE[next];
    let ends: boolean;
    if (i > a && ROLE[text.charCodeAt(i - 1)] === Role.OpenBracket) {
      ends = false; // `(!)`, `(؟)`, `[...]`: a remark or an omission, not an end
    } else if (kind === Kind.Strong) {
      ends = next < 0 || isBlank(next) || isArabicLetter(next) || nextRole === Role.OpenQuote ||
        nextRole === Role.OpenBracket || nextRole === Role.AsciiQuote; // not before Latin: `?q=1` in a URL
    } else if (kind === Kind.Ellipsis) {
      ends = s.ellipsisIsBoundary && (next < 0 || isBlank(next));
    } else {
      ends = periodEndsSentence(text, i, j, b, sentenceStart, s.lexicon);
    }
    const quoted = q.depth > 0 || q.asciiOpen;
    if (ends && hasWord && (s.splitInsideQuotes || !quoted)) {
      emit(text, sentenceStart, j, true, false, out, unitFirst);
      sentenceStart = j;
      hasWord = false;
    }
    i = j;
  }
  emit(text, sentenceStart, b, hasWord, true, out, unitFirst);
}
