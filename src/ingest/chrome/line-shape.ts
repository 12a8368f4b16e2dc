/**
 * The shape of a line, what chrome is compared by: «نُشر في: 21 يوليو 2015 - 10:30» → «نشر في # يوليو # #».
 * Search normalisation (alef, hamza, diacritics, tatweel folded; Latin lower-cased), digit runs as
 * `#`, e-mail addresses as `@`, web addresses as `url`, other punctuation and symbols as spaces.
 */
import { CHAR_CLASS, CharClass } from '../../text/char-classes.js';
import { normalizeText } from '../../text/normalize.js';

// Each blank-separated token is checked whole (anchored, so a long run is read once, never from
// every start): «https://…», «www.…», «bit.ly/3bwfj3», «example.com/a/1» → url; «a.b@c.com» → @.
const URL_TOKEN = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*$/iu;
const EMAIL_TOKEN = /^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)*\.[a-z]{2,}$/iu;
const TOKEN = /\S+/gu;
/** The shape key of one line (see the module comment). */
export function lineShape(line: string): string {
  let s = normalizeText(line, 'search').toLowerCase();
  // Most lines hold no address: the token pass runs only on those that may.
  if (s.includes('@') || s.includes('/') || s.includes('www.')) s = s.replace(TOKEN, (t) => (t.includes('@') && EMAIL_TOKEN.test(t) ? ' @ ' : (t.includes('/') || t.startsWith('www.')) && URL_TOKEN.test(t) ? ' url ' : t));
  return shapeChars(s);
}

const HASH = 0x23;
const SPACE = 0x20;
// Kept besides letters and digits: `#` (numbers), `@`, `+` («A+», «Google+») and © (a copyright line).
const KEPT = new Set([HASH, 0x40, 0x2b, 0xa9]);
// Inside a number: «1,204», «23.4», «٣٫٥».
const NUMBER_JOINERS = new Set([0x2c, 0x2e, 0x66b, 0x66c]);
let scratch = new Uint16Array(256);

/**
 * One pass over normalised text, by the character-class table: a run of digits (with the
 * separators inside it) becomes `#`, letters and the kept symbols stay, anything else is a blank,
 * and blanks collapse to one space.
 */
function shapeChars(s: string): string {
  if (scratch.length < s.length * 3 + 3) scratch = new Uint16Array(s.length * 3 + 3);
  const out = scratch;
  let len = 0;
  const space = (): void => {
    if (len > 0 && out[len - 1] !== SPACE) out[len++] = SPACE;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const cls = CHAR_CLASS[c]!;
    if (cls === CharClass.Digit) {
      while (i + 1 < s.length && (CHAR_CLASS[s.charCodeAt(i + 1)] === CharClass.Digit || (NUMBER_JOINERS.has(s.charCodeAt(i + 1)) && CHAR_CLASS[s.charCodeAt(i + 2)] === CharClass.Digit))) i++;
      space();
      out[len++] = HASH;
      out[len++] = SPACE;
    } else if (cls === CharClass.ArabicLetter || cls === CharClass.LatinLetter || cls === CharClass.OtherLetter || cls === CharClass.Tatweel || KEPT.has(c)) {
      out[len++] = c;
    } else space();
  }
  if (len > 0 && out[len - 1] === SPACE) len--;
  let text = '';
  for (let at = 0; at < len; at += 4096) text += String.fromCharCode.apply(null, out.subarray(at, Math.min(len, at + 4096)) as unknown as number[]);
  return text;
}

/** The words of a shape key. */
export function shapeWords(shape: string): string[] {
  return shape ? shape.split(' ') : [];
}

/** Lines longer than this (in characters) are body text by length: only their opening and ending are shaped. */
export const LONG_LINE = 320;
/** How much of a long line's opening or ending is shaped (more than any opening a profile counts). */
const EDGE_CHARS = 160;

/**
 * The shape of a line's opening (or ending): the whole shape for a short line; for a long one, the
 * shape of its first (last) characters without the word the cut may have split, so a paragraph of
 * thousands of characters is never shaped whole for its first eight words.
 */
export function edgeShape(line: string, fromEnd: boolean): string {
  if (line.length <= LONG_LINE) return lineShape(line);
  const part = fromEnd ? line.slice(-EDGE_CHARS) : line.slice(0, EDGE_CHARS);
  const cut = fromEnd ? part.replace(/^\S*\s+/u, '') : part.replace(/\s+\S*$/u, '');
  return lineShape(cut);
}
