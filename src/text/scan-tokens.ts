/**
 * The tokeniser's scanner: one left-to-right pass over UTF-16 code units that reports
 * `(kind, start, end)` to a callback, allocating nothing per token. {@link tokenize} and
 * `analyze()` both stand on it, so they always agree on word boundaries.
 */
import { CHAR_CLASS, CharClass } from './char-classes.js';
import { emojiEnd } from './scan-emoji.js';
import { emailAt, isHandleChar, scanUrl } from './scan-web.js';

/** Numeric token kinds, in the order of `TOKEN_KINDS`. */
export const enum Kind {
  Arabic = 0,
  Latin = 1,
  Number = 2,
  Punct = 3,
  Quote = 4,
  Url = 5,
  Email = 6,
  Hashtag = 7,
  Mention = 8,
  Symbol = 9,
  Other = 10,
}

/** Receives each token; `start`/`end` are offsets into the scanned text. */
export type TokenSink = (kind: Kind, start: number, end: number) => void;

const ASTRAL_LETTER = /^\p{L}/u;

const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const HASH = 0x23;
const AT = 0x40;

function isWordChar(cls: number): boolean {
  return cls === CharClass.ArabicLetter || cls === CharClass.LatinLetter || cls === CharClass.OtherLetter || cls === CharClass.Digit || cls === CharClass.Mark || cls === CharClass.Tatweel;
}

/** Where an Arabic word that starts at `i` ends: letters, harakat, tatweel, and ZWNJ/ZWJ between them. */
function arabicEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    if (cls === CharClass.ArabicLetter || cls === CharClass.Mark || cls === CharClass.Tatweel) i++;
    else if ((c === ZWNJ || c === ZWJ) && i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] === CharClass.ArabicLetter) i++;
    else break;
  }
  return i;
}

/** Where a number that starts at `i` ends: ١٢٫٥ 1,250.75 ٣٬٠٠٠ — a separator counts only between digits; a stray mark stays inside. */
function numberEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    if (cls === CharClass.Digit || cls === CharClass.Mark) i++;
    else if ((c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c) && i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] === CharClass.Digit && i > 0) i++;
    else break;
  }
  return i;
}

/** Where a Latin word ends: letters, marks, digits (G20, COVID19), and an apostrophe between letters (Qur'an). */
function latinEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    if (cls === CharClass.LatinLetter || cls === CharClass.Mark || cls === CharClass.Digit) i++;
    else if ((c === 0x27 || c === 0x2019) && i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] === CharClass.LatinLetter) i++;
    else break;
  }
  return i;
}

/** Scans `text` and calls `sink` for every token, in order. White space and controls are the gaps. */
export function scanTokens(text: string, sink: TokenSink): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    const start = i;
    switch (cls) {
      case CharClass.ArabicLetter:
        i = arabicEnd(text, i + 1, n);
        sink(Kind.Arabic, start, i);
        continue;
      case CharClass.Tatweel:
      case CharClass.Mark: {
        // A stray mark or tatweel run: a word only if a letter follows inside it (ـــالعاجل).
        i = arabicEnd(text, i + 1, n);
        let letter = false;
        for (let k = start; k < i && !letter; k++) letter = CHAR_CLASS[text.charCodeAt(k)] === CharClass.ArabicLetter;
        sink(letter ? Kind.Arabic : cls === CharClass.Mark ? Kind.Other : Kind.Punct, start, i);
        continue;
      }
      case CharClass.LatinLetter: {
        if (c === 0x77 || c === 0x57 || c === 0x68 || c === 0x48) {
          const u = scanUrl(text, i);
          if (u > i) {
            sink(Kind.Url, start, (i = u));
            continue;
          }
        }
        const e = emailAt(text, i, n);
        if (e > 0) {
          sink(Kind.Email, start, (i = e));
          continue;
        }
        i = latinEnd(text, i + 1, n);
        sink(Kind.Latin, start, i);
        continue;
      }
      case CharClass.Digit: {
        const e = emailAt(text, i, n);
        if (e > 0) {
          sink(Kind.Email, start, (i = e));
          continue;
        }
        i = numberEnd(text, i + 1, n);
        // Digits running straight into Latin letters form one Latin token: 5G, 3D.
        if (i < n && CHAR_CLASS[text.charCodeAt(i)] === CharClass.LatinLetter && (c < 0x80)) {
          i = latinEnd(text, i, n);
          sink(Kind.Latin, start, i);
        } else sink(Kind.Number, start, i);
        continue;
      }
      case CharClass.OtherLetter:
        i++;
        while (i < n && (CHAR_CLASS[text.charCodeAt(i)] === CharClass.OtherLetter || CHAR_CLASS[text.charCodeAt(i)] === CharClass.Mark)) i++;
        sink(Kind.Other, start, i);
        continue;
      case CharClass.Quote:
        sink(Kind.Quote, start, ++i);
        continue;
      case CharClass.Punct: {
        if ((c === HASH || c === AT) && i + 1 < n && (start === 0 || !isWordChar(CHAR_CLASS[text.charCodeAt(start - 1)]!))) {
          // #السعودية_تتحدث is one hashtag; @rasd_news one mention (handles are Latin).
          let k = i + 1;
          if (c === HASH) while (k < n && (isWordChar(CHAR_CLASS[text.charCodeAt(k)]!) || text.charCodeAt(k) === 0x5f)) k++;
          else while (k < n && isHandleChar(text.charCodeAt(k))) k++;
          if (k > i + 1) {
            sink(c === HASH ? Kind.Hashtag : Kind.Mention, start, (i = k));
            continue;
          }
        }
        // An ellipsis "..." is one token; other punctuation is one token per character.
        i++;
        if (c === 0x2e) while (i < n && text.charCodeAt(i) === 0x2e) i++;
        sink(Kind.Punct, start, i);
        continue;
      }
      case CharClass.Symbol:
        sink(Kind.Symbol, start, (i = emojiEnd(text, i + 1, n, c)));
        continue;
      case CharClass.Surrogate: {
        const cp = text.codePointAt(i)!;
        i += cp > 0xffff ? 2 : 1;
        if (ASTRAL_LETTER.test(String.fromCodePoint(cp))) sink(Kind.Other, start, i);
        else sink(Kind.Symbol, start, (i = emojiEnd(text, i, n, cp)));
        continue;
      }
      default:
        i++; // white space, controls, unassigned: gaps between tokens
    }
  }
}
