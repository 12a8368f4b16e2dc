/**
 * The words of one line of UTF-8 bytes, found without decoding the line: the Arabic words and the
 * numbers that {@link scanTokens} finds in its text, as byte spans. `rasd analyze` reads a large
 * UTF-8 file this way, where decoding it to strings first cost as much as folding its words.
 *
 * It covers the lines most news is made of: Arabic letters, harakat and tatweel, digits, white
 * space, punctuation and symbols, in one- and two-byte characters. Anything else is the string
 * scanner's to read, and the scan reports so by returning false, maybe after some words: a Latin
 * letter (words, URLs, e-mail), `#` and `@` (hashtags, mentions, e-mail), a character of three or
 * four bytes (ZWNJ, presentation forms, emoji) and bytes that are not UTF-8. The caller then
 * forgets what this line gave and reads its text instead (see `Analyzer.analyzeUtf8Into`).
 */
import { CHAR_CLASS, CharClass } from './char-classes.js';
import { Kind } from './scan-tokens.js';

/** Receives each word: its kind (Arabic or Number) and its byte span. */
export type Utf8WordSink = (kind: Kind, start: number, end: number) => void;

/** What an ASCII byte does to the scan. */
const GAP = 0; // white space, controls, punctuation, quotes: no token that gives a term
const DIGIT = 1;
const SYMBOL = 2; // swallows the marks after it (see emojiEnd)
const STOP = 3; // Latin letters, # and @: the string scanner's
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const cls = CHAR_CLASS[c];
  ASCII[c] = cls === CharClass.Digit ? DIGIT : cls === CharClass.Symbol ? SYMBOL : cls === CharClass.LatinLetter ? STOP : GAP;
}
ASCII[0x23] = STOP; // #
ASCII[0x40] = STOP; // @

/** ٫ and ٬, the Arabic decimal and thousands separators, continue a number between digits as . and , do. */
const isSeparator = (cp: number): boolean => cp === 0x2e || cp === 0x2c || cp === 0x066b || cp === 0x066c;

const isDigit = (cp: number): boolean => cp >= 0 && CHAR_CLASS[cp] === CharClass.Digit;

/** A word's part: an Arabic letter, a mark or tatweel. */
const inWord = (cls: number): boolean => cls === CharClass.ArabicLetter || cls === CharClass.Mark || cls === CharClass.Tatweel;

/**
 * The code point of the one- or two-byte character at `i`, or -1 for anything else (a longer
 * character, or bytes that are not UTF-8).
 */
function codeAt(b: Uint8Array, i: number, end: number): number {
  const x = b[i]!;
  if (x < 0x80) return x;
  if (x < 0xc2 || x > 0xdf || i + 1 >= end) return -1;
  const y = b[i + 1]!;
  return (y & 0xc0) === 0x80 ? ((x & 0x1f) << 6) | (y & 0x3f) : -1;
}

/**
 * Reports the Arabic words and numbers of `bytes[start..end)` to `sink`, in order; returns false
 * where the line holds something only the string scanner reads (see the module comment).
 */
export function scanUtf8Words(bytes: Uint8Array, start: number, end: number, sink: Utf8WordSink): boolean {
  let i = start;
  while (i < end) {
    const x = bytes[i]!;
    if (x < 0x80) {
      const act = ASCII[x]!;
      if (act === GAP) i++;
      else if (act === DIGIT) i = number(bytes, i, end, sink);
      else if (act === SYMBOL) i = afterMarks(bytes, i + 1, end);
      else return false;
      continue;
    }
    const cp = codeAt(bytes, i, end);
    if (cp < 0) return false;
    const cls = CHAR_CLASS[cp]!;
    if (inWord(cls)) {
      // A run of letters, harakat and tatweel is a word where it holds a letter (ـــالعاجل); a run
      // of marks or tatweel alone is no word.
      let letter = cls === CharClass.ArabicLetter;
      let k = i + 2;
      while (k < end) {
        const c = codeAt(bytes, k, end);
        if (c < 0x80) break; // ASCII, or a character this scan does not read (checked next round)
        const kc = CHAR_CLASS[c]!;
        if (!inWord(kc)) break;
        if (kc === CharClass.ArabicLetter) letter = true;
        k += 2;
      }
      if (letter) sink(Kind.Arabic, i, k);
      i = k;
    } else if (cls === CharClass.Digit) i = number(bytes, i, end, sink);
    else if (cls === CharClass.Symbol) i = afterMarks(bytes, i + 2, end);
    else if (cls === CharClass.Space || cls === CharClass.None || cls === CharClass.Punct || cls === CharClass.Quote) i += 2;
    else return false;
  }
  return true;
}

/**
 * A number from the digit at `i`: digits and marks, and a separator between digits (١٢٫٥, 1,250.75);
 * returns where it ends. A Latin letter right after it (5G, a Latin token) stops the line's scan
 * at the next round, as any Latin letter does.
 */
function number(b: Uint8Array, i: number, end: number, sink: Utf8WordSink): number {
  const start = i;
  i += b[i]! < 0x80 ? 1 : 2;
  while (i < end) {
    const c = codeAt(b, i, end);
    if (c < 0) break;
    const cls = CHAR_CLASS[c]!;
    const width = c < 0x80 ? 1 : 2;
    if (cls === CharClass.Digit || cls === CharClass.Mark) i += width;
    else if (isSeparator(c) && i + width < end && isDigit(codeAt(b, i + width, end))) i += width;
    else break;
  }
  sink(Kind.Number, start, i);
  return i;
}

/** Past the marks that follow a symbol, which its token takes (see emojiEnd). */
function afterMarks(b: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = codeAt(b, i, end);
    if (c < 0x80 || CHAR_CLASS[c] !== CharClass.Mark) break;
    i += 2;
  }
  return i;
}
