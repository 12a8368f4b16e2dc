/**
 * The tokeniser's scanner: one left-to-right pass over UTF-16 code units that gives each token's
 * `(kind, start, end)`, allocating nothing per token. {@link tokenize} and `analyze()` both stand on
 * it, so they always agree on word boundaries.
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

/**
 * The scanner over one text, read a token at a time: {@link reset} it to a text, then call
 * {@link next} until it returns false; after each true, `kind`, `start` and `end` describe the token.
 * Callers read the fields in their own loop, with no callback: a callback shared by several callers
 * made the scanner's optimised code guess its target, and each caller met after the guess threw that
 * code away (on 14 MB of news it was compiled six times, about 20 ms each).
 */
export class TokenScanner {
  kind: Kind = Kind.Other;
  start = 0;
  end = 0;
  private text = '';
  private at = 0;

  reset(text: string): void {
    this.text = text;
    this.at = 0;
  }

  /** Moves to the next token; false at the end of the text. White space and controls are the gaps. */
  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.at;
    while (i < n) {
      const c = text.charCodeAt(i);
      const cls = CHAR_CLASS[c];
      const start = i;
      switch (cls) {
        case CharClass.ArabicLetter:
          return this.token(Kind.Arabic, start, arabicEnd(text, i + 1, n));
        case CharClass.Tatweel:
        case CharClass.Mark: {
          // A stray mark or tatweel run: a word only if a letter follows inside it (ـــالعاجل).
          i = arabicEnd(text, i + 1, n);
          let letter = false;
          for (let k = start; k < i && !letter; k++) letter = CHAR_CLASS[text.charCodeAt(k)] === CharClass.ArabicLetter;
          return this.token(letter ? Kind.Arabic : cls === CharClass.Mark ? Kind.Other : Kind.Punct, start, i);
        }
        case CharClass.LatinLetter: {
          if (c === 0x77 || c === 0x57 || c === 0x68 || c === 0x48) {
            const u = scanUrl(text, i);
            if (u > i) return this.token(Kind.Url, start, u);
          }
          const e = emailAt(text, i, n);
          if (e > 0) return this.token(Kind.Email, start, e);
          return this.token(Kind.Latin, start, latinEnd(text, i + 1, n));
        }
        case CharClass.Digit: {
          const e = emailAt(text, i, n);
          if (e > 0) return this.token(Kind.Email, start, e);
          i = numberEnd(text, i + 1, n);
          // Digits running straight into Latin letters form one Latin token: 5G, 3D.
          if (i < n && CHAR_CLASS[text.charCodeAt(i)] === CharClass.LatinLetter && c < 0x80) return this.token(Kind.Latin, start, latinEnd(text, i, n));
          return this.token(Kind.Number, start, i);
        }
        case CharClass.OtherLetter:
          i++;
          while (i < n && (CHAR_CLASS[text.charCodeAt(i)] === CharClass.OtherLetter || CHAR_CLASS[text.charCodeAt(i)] === CharClass.Mark)) i++;
          return this.token(Kind.Other, start, i);
        case CharClass.Quote:
          return this.token(Kind.Quote, start, i + 1);
        case CharClass.Punct: {
          if ((c === HASH || c === AT) && i + 1 < n && (start === 0 || !isWordChar(CHAR_CLASS[text.charCodeAt(start - 1)]!))) {
            // #السعودية_تتحدث is one hashtag; @rasd_news one mention (handles are Latin).
            let k = i + 1;
            if (c === HASH) while (k < n && (isWordChar(CHAR_CLASS[text.charCodeAt(k)]!) || text.charCodeAt(k) === 0x5f)) k++;
            else while (k < n && isHandleChar(text.charCodeAt(k))) k++;
            if (k > i + 1) return this.token(c === HASH ? Kind.Hashtag : Kind.Mention, start, k);
          }
          // An ellipsis "..." is one token; other punctuation is one token per character.
          i++;
          if (c === 0x2e) while (i < n && text.charCodeAt(i) === 0x2e) i++;
          return this.token(Kind.Punct, start, i);
        }
        case CharClass.Symbol:
          return this.token(Kind.Symbol, start, emojiEnd(text, i + 1, n, c));
        case CharClass.Surrogate: {
          const cp = text.codePointAt(i)!;
          i += cp > 0xffff ? 2 : 1;
          if (ASTRAL_LETTER.test(String.fromCodePoint(cp))) return this.token(Kind.Other, start, i);
          return this.token(Kind.Symbol, start, emojiEnd(text, i, n, cp));
        }
        default:
          i++; // white space, controls, unassigned: gaps between tokens
      }
    }
    this.at = n;
    return false;
  }

  private token(kind: Kind, start: number, end: number): boolean {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.at = end;
    return true;
  }
}

/** Scans `text` and calls `sink` for every token, in order (a {@link TokenScanner} read to its end). */
export function scanTokens(text: string, sink: TokenSink): void {
  const scan = new TokenScanner();
  scan.reset(text);
  while (scan.next()) sink(scan.kind, scan.start, scan.end);
}

/**
 * Text that takes every path of {@link TokenScanner.next}: each token kind, and the rarer forms
 * (ZWNJ inside a word, a tatweel or mark run, URLs, e-mail, numbers with separators, 5G, an ellipsis,
 * a lone #, emoji sequences, an astral letter).
 */
export const EVERY_TOKEN = "قالَ الـــوزير ـــ \u064b مرحبا\u200cبكم G20 Qur'an www.example.org http://a.example/b?c=1 Hello user@mail.example 12@x.example ١٢٫٥ 1,250.75 ٣٬٠٠٠ 5G 3. Привет́ 中文 «» \"\" ... ، ؟ #السعودية_2030 @rasd_news # @ 😀 👍🏽 🇸🇦 ❤️ 👨\u200d👩\u200d👧 ©\u064b 𝐀 \u00a0\t\u0001";

/**
 * Runs the scanner over {@link EVERY_TOKEN} a few times as the module loads, so that every branch
 * has type feedback before the scanner is hot. V8 compiles a hot function for the paths it has seen;
 * a path first met afterwards (a URL, an emoji) throws the compiled code away, and it is compiled
 * again. V8 keeps feedback only from a function's eighth call or so, hence the rounds.
 */
const WARM_UP_ROUNDS = 10;
const warm = new TokenScanner();
for (let r = 0; r < WARM_UP_ROUNDS; r++) {
  warm.reset(EVERY_TOKEN);
  while (warm.next());
}
