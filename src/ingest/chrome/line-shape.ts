/**
 * The shape of a line, what chrome is compared by: «نُشر في: 21 يوليو 2015 - 10:30» → «نشر في # يوليو # #».
 * Search normalisation (alef, hamza, diacritics, tatweel folded; Latin lower-cased), digit runs as
 * `#`, e-mail addresses as `@`, web addresses as `url`, other punctuation and symbols as spaces.
 */
import { normalizeText } from '../../text/normalize.js';

// Each blank-separated token is checked whole (anchored, so a long run is read once, never from
// every start): «https://…», «www.…», «bit.ly/3bwfj3», «example.com/a/1» → url; «a.b@c.com» → @.
const URL_TOKEN = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*$/iu;
const EMAIL_TOKEN = /^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)*\.[a-z]{2,}$/iu;
const TOKEN = /\S+/gu;
const DIGITS = /\p{Nd}+(?:[.,٫٬]\p{Nd}+)*/gu;
// Kept: `#` (numbers), `@`, `+` («A+», «Google+») and © (a copyright line).
const PUNCT = /[^\p{L}\p{N}#@+©\s]+/gu;
const SPACES = /\s+/gu;

/** The shape key of one line (see the module comment). */
export function lineShape(line: string): string {
  const s = normalizeText(line, 'search')
    .toLowerCase()
    .replace(TOKEN, (t) => (t.includes('@') && EMAIL_TOKEN.test(t) ? ' @ ' : (t.includes('/') || t.startsWith('www.')) && URL_TOKEN.test(t) ? ' url ' : t))
    .replace(DIGITS, ' # ')
    .replace(PUNCT, ' ')
    .replace(SPACES, ' ')
    .trim();
  return s;
}

/** The words of a shape key. */
export function shapeWords(shape: string): string[] {
  return shape ? shape.split(' ') : [];
}
