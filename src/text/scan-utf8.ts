/**
 * The words of one line of UTF-8 bytes, found without decoding the line: the Arabic words and the
 * numbers that {@link scanTokens} finds in its text, as byte spans. `rasd analyze` reads a large
 * UTF-8 file this way, where decoding it to strings first cost as much as folding its words.
 *
 * It covers the lines most news is made of: Arabic letters, harakat and tatweel, digits, white
 * space, punctuation and symbols, in one- and two-byte characters, and white space, quotes and
 * punctuation of three bytes too (“ ” – • …, which a tenth of news lines hold). Anything else is the
 * string scanner's to read, and the scanner reports so (`complete` turns false), maybe after some
 * words: a Latin letter (words, URLs, e-mail), `#` and `@` (hashtags, mentions, e-mail), any other
 * character of three or four bytes (ZWNJ, bidi controls, presentation forms, emoji) and bytes that
 * are not UTF-8. The caller then forgets what this line gave and reads its text instead (see
 * `Analyzer.analyzeUtf8Into`).
 */
import { CHAR_CLASS, CharClass } from './char-classes.js';
import { Kind } from './scan-tokens.js';

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
 * A class the string scanner only steps over, or makes a token of that gives no term, whatever
 * stands beside it: white space, controls and unassigned code points, quotes, punctuation.
 */
const isGap = (cls: number): boolean => cls === CharClass.Space || cls === CharClass.None || cls === CharClass.Punct || cls === CharClass.Quote;

/**
 * Whether the three bytes at `i` are a character of a gap class ({@link isGap}; U+0800 and up, as
 * the one- and two-byte ones are read in {@link Utf8WordScanner.next}).
 */
function gap3(b: Uint8Array, i: number, end: number): boolean {
  const x = b[i]!;
  if ((x & 0xf0) !== 0xe0 || i + 2 >= end) return false;
  const y = b[i + 1]!;
  const z = b[i + 2]!;
  if ((y & 0xc0) !== 0x80 || (z & 0xc0) !== 0x80) return false;
  const cp = ((x & 0x0f) << 12) | ((y & 0x3f) << 6) | (z & 0x3f);
  if (cp < 0x800) return false; // an overlong form is not UTF-8
  return isGap(CHAR_CLASS[cp]!);
}

/**
 * The Arabic words and numbers of one line of bytes, read a word at a time as {@link TokenScanner}
 * reads tokens: {@link reset} it to `bytes[start..end)`, then call {@link next} until it returns
 * false; after each true, `kind` (Arabic or Number), `start` and `end` describe the word's bytes.
 * After the last, `complete` tells whether the line was read to its end, or holds something only
 * the string scanner reads (see the module comment).
 */
export class Utf8WordScanner {
  kind: Kind = Kind.Arabic;
  start = 0;
  end = 0;
  complete = true;
  private bytes: Uint8Array = new Uint8Array(0);
  private at = 0;
  private stop = 0;

  reset(bytes: Uint8Array, start: number, end: number): void {
    this.bytes = bytes;
    this.at = start;
    this.stop = end;
    this.complete = true;
  }

  /** Lets go of the bytes. */
  release(): void {
    this.bytes = EMPTY;
  }

  next(): boolean {
    const bytes = this.bytes;
    const end = this.stop;
    let i = this.at;
    while (i < end) {
      const x = bytes[i]!;
      if (x < 0x80) {
        const act = ASCII[x]!;
        if (act === GAP) i++;
        else if (act === DIGIT) return this.word(Kind.Number, i, numberEnd(bytes, i, end));
        else if (act === SYMBOL) i = afterMarks(bytes, i + 1, end);
        else return this.incomplete();
        continue;
      }
      const cp = codeAt(bytes, i, end);
      if (cp < 0) {
        if (!gap3(bytes, i, end)) return this.incomplete();
        i += 3;
        continue;
      }
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
        if (letter) return this.word(Kind.Arabic, i, k);
        i = k;
      } else if (cls === CharClass.Digit) return this.word(Kind.Number, i, numberEnd(bytes, i, end));
      else if (cls === CharClass.Symbol) i = afterMarks(bytes, i + 2, end);
      else if (isGap(cls)) i += 2;
      else return this.incomplete();
    }
    this.at = end;
    return false;
  }

  private word(kind: Kind, start: number, end: number): boolean {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.at = end;
    return true;
  }

  private incomplete(): boolean {
    this.complete = false;
    this.at = this.stop;
    return false;
  }
}

const EMPTY = new Uint8Array(0);

/**
 * Where a number from the digit at `i` ends: digits and marks, and a separator between digits
 * (١٢٫٥, 1,250.75). A Latin letter right after it (5G, a Latin token) stops the line's scan at the
 * next round, as any Latin letter does.
 */
function numberEnd(b: Uint8Array, i: number, end: number): number {
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

/** Bytes that are not UTF-8. */
const BAD_BYTES = Uint8Array.of(0xd9, 0x82, 0xff, 0xd9);

/**
 * Lines that take every path of {@link Utf8WordScanner.next} (see the warm-up in scan-tokens.ts):
 * words with harakat and tatweel, numbers with separators, symbols with marks, three-byte gaps, and
 * each way a line is left to the string scanner.
 */

const EVERY_PATH = ['قالَ الـــوزير ـــ \u064b مرحبا ١٢٫٥ 1,250.75 ٣٬٠٠٠ 3.5 ٫ 1. ، ؟ «» "" ... © $ ©\u064b %\t “قال” – •\u2003', 'ab', 'مرحبا\u200cبكم', '#وسم', 'قال\u00e9'].map((line) => Buffer.from(line, 'utf8') as Uint8Array).concat([BAD_BYTES]);
const WARM_UP_ROUNDS = 10;
const warm = new Utf8WordScanner();
for (let r = 0; r < WARM_UP_ROUNDS; r++) {
  for (const line of EVERY_PATH) {
    warm.reset(line, 0, line.length);
    while (warm.next());
  }
}
