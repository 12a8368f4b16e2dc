/** Character tests of the query lexer. */
import { CharClass, charClass } from '../../text/char-classes.js';

/** Each opening quote and the quote that closes it. « » and “ ” close either way round, as RTL keyboards type them. */
export const CLOSING_QUOTE: Readonly<Record<string, string>> = { '"': '"', '«': '»', '»': '«', '“': '”', '”': '“' };

/** Quote pairs `formatQuery` may print a phrase with, in order of preference. */
export const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [['"', '"'], ['«', '»'], ['“', '”'], ['»', '«'], ['”', '“']];

// Characters that end a word: phrase quotes, parentheses, the prefix star and the OR bar.
const SYNTAX = new Set([...'"«»“”()*|'].map((c) => c.charCodeAt(0)));

/** True for the characters a query ignores: Unicode spaces, controls, bidi marks (U+200E/F, U+061C …) and BOM. */
export function isSpace(code: number): boolean {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  if (code === 0x061c || code === 0x200e || code === 0x200f || code === 0xfeff) return true;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  return charClass(code) === CharClass.Space;
}

/** True for the characters a word is made of: anything but spaces and syntax. */
export function isWordChar(code: number): boolean {
  return !SYNTAX.has(code) && !isSpace(code);
}

/** True for A-Z and a-z. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Letters in `text`, not counting harakat and other marks or tatweel: `كَتَ` has 2. */
export function letterCount(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = charClass(ch.charCodeAt(0));
    if (c !== CharClass.Mark && c !== CharClass.Tatweel) n++;
  }
  return n;
}

/** Splits on ignored characters: `" مجلس  الوزراء "` → `['مجلس', 'الوزراء']`. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (space && start >= 0) words.push(text.slice(start, i));
    if (space) start = -1;
    else if (start < 0) start = i;
  }
  return words;
}
