/** What each UTF-16 code unit can do around a sentence end: its punctuation role, and flags from the Unicode classes. */
import { CHAR_CLASS, CharClass } from './char-classes.js';

/** The punctuation role of a code unit at a sentence end. */
export const Role = {
  None: 0,
  Dot: 1, // . — a full stop, or part of 3.5, www.example.com, د.
  Ellipsis: 2, // …
  Strong: 3, // ؟ ? ! ۔ ‼ ⁉ — a sentence end before a space or an Arabic letter
  Semicolon: 4, // ؛ ; — a sentence end only when asked for
  CloseQuote: 5, // » ” ’ › — stays with the sentence it follows: «… عدنا.»
  CloseBracket: 6, // ) ] } — the same: (انظر الصورة.)
  OpenQuote: 7, // « “ ‘ ‹
  OpenBracket: 8, // ( [ {
  AsciiQuote: 9, // " — opens or closes, decided from its neighbours
  Apostrophe: 10, // ' — closes only before a space: 'done.'
} as const;

/** One of the {@link Role} values. */
export type Role = (typeof Role)[keyof typeof Role];

const ROLES: ReadonlyArray<readonly [Role, string]> = [
  [Role.Dot, '.'],
  [Role.Ellipsis, '\u2026'],
  // ? ! ؟ (U+061F) ۔ (U+06D4 Arabic full stop) ‼ ⁇ ⁈ ⁉ ⸮ (reversed question mark) and full-width ！ ？
  [Role.Strong, '?!\u061F\u06D4\u203C\u2047\u2048\u2049\u2E2E\uFF01\uFF1F'],
  [Role.Semicolon, ';\u061B'],
  [Role.CloseQuote, '\u00BB\u201D\u2019\u203A'],
  [Role.CloseBracket, ')]}'],
  [Role.OpenQuote, '\u00AB\u201C\u2018\u2039'],
  [Role.OpenBracket, '([{'],
  [Role.AsciiQuote, '"'],
  [Role.Apostrophe, "'"],
];

function buildRoles(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [role, chars] of ROLES) for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = role;
  return table;
}

/** `ROLE[text.charCodeAt(i)]` is the {@link Role} of that code unit. */
export const ROLE: Uint8Array = buildRoles();

// Flags copied once from CHAR_CLASS, so that each test below is one load and one mask.
const BLANK = 1; // \p{White_Space} and \p{Cf}: spaces, line breaks, RLM, LRM, BOM, ZWJ
const FORMAT = 2; // \p{Cf} only
const LETTER = 4; // \p{L} of any script
const ARABIC = 8; // Arabic letters
const DIGIT = 16; // \p{Nd}: 5 ٥ ۵
const DECORATION = 32; // harakat, tatweel, \p{Cf}: `دُ.` reads as `د.`
const LINE_BREAK = 64; // LF CR VT FF NEL LS PS

function buildFlags(): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const c = CHAR_CLASS[code];
    let f = 0;
    if (c === CharClass.Space) f |= BLANK;
    if (c === CharClass.Format) f |= BLANK | FORMAT | DECORATION;
    if (c === CharClass.ArabicLetter) f |= LETTER | ARABIC;
    if (c === CharClass.LatinLetter || c === CharClass.OtherLetter) f |= LETTER;
    if (c === CharClass.Digit) f |= DIGIT;
    if (c === CharClass.Mark || c === CharClass.Tatweel) f |= DECORATION;
    flags[code] = f;
  }
  for (const code of [0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]) flags[code]! |= LINE_BREAK;
  return flags;
}

const FLAGS = buildFlags();

/** True for white space and invisible format marks (RLM, LRM, BOM, ZWJ): a span never starts or ends with one. */
export const isBlank = (code: number): boolean => (FLAGS[code]! & BLANK) !== 0;

/** True for invisible format marks: RLM, LRM, ZWJ, BOM. */
export const isFormat = (code: number): boolean => (FLAGS[code]! & FORMAT) !== 0;

/** True for letters and digits of any script: what makes a stretch of text a sentence rather than stray punctuation. */
export const isWordChar = (code: number): boolean => (FLAGS[code]! & (LETTER | DIGIT)) !== 0;

/** True for a letter of any script: ب, J. */
export const isLetter = (code: number): boolean => (FLAGS[code]! & LETTER) !== 0;

/** True for an Arabic letter (not a mark, digit or tatweel). */
export const isArabicLetter = (code: number): boolean => (FLAGS[code]! & ARABIC) !== 0;

/** True for a decimal digit of any script: 5, ٥, ۵. */
export const isDigit = (code: number): boolean => (FLAGS[code]! & DIGIT) !== 0;

/** True for code units that decorate a letter without being one: harakat, tatweel, RLM. `دُ.` reads as `د.` */
export const isDecoration = (code: number): boolean => (FLAGS[code]! & DECORATION) !== 0;

/** True for the code units that end a line: LF, CR, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR. */
export const isLineBreak = (code: number): boolean => (FLAGS[code]! & LINE_BREAK) !== 0;

/** True for anything that opens a quote or a bracket, the ASCII `"` and `'` included. */
export function isOpening(code: number): boolean {
  const r = ROLE[code];
  return r === Role.OpenQuote || r === Role.OpenBracket || r === Role.AsciiQuote || r === Role.Apostrophe;
}
