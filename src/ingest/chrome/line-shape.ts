/**
 * The shape of a line, what chrome is compared by: «نُشر في: 21 يوليو 2015 - 10:30» → «نشر في # يوليو # #».
 * Search normalisation (alef, hamza, diacritics, tatweel folded; Latin lower-cased), digit runs as
 * `#`, e-mail addresses as `@`, web addresses as `url`, other punctuation and symbols as spaces.
 */
import { CHAR_CLASS, CharClass } from '../../text/char-classes.js';
import { DROP, foldTable } from '../../text/fold-table.js';
import { normalizeText, resolveNormalizeOptions } from '../../text/normalize.js';

// Each blank-separated token is checked whole (anchored, so a long run is read once, never from
// every start): «https://…», «www.…», «bit.ly/3bwfj3», «example.com/a/1» → url; «a.b@c.com» → @.
const URL_TOKEN = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*$/iu;
const EMAIL_TOKEN = /^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)*\.[a-z]{2,}$/iu;
const TOKEN = /\S+/gu;

const HASH = 0x23;
const SPACE = 0x20;
// Kept besides letters and digits: `#` (numbers), `@`, `+` («A+», «Google+») and © (a copyright line).
const KEPT = new Set([HASH, 0x40, 0x2b, 0xa9]);
// Inside a number: «1,204», «23.4», «٣٫٥».
const NUMBER_JOINERS = new Set([0x2c, 0x2e, 0x66b, 0x66c]);

// What each code unit becomes in a shape, in one table: the search fold, then lower case, then its
// role. KEEP_AS_IS + code: a letter or kept symbol (the folded, lower-cased code); DIGIT; BLANK; SKIP
// (a dropped mark); SLOW (folds to several units, or lower-cases to several: the line takes the long way).
const DIGIT = -1;
const BLANK = -2;
const SKIP = -3;
const SLOW = -4;
let shapeTable: Int32Array | null = null;
/** Code units that fold to a separator inside a number. */
const joiner = new Uint8Array(0x10000);
function table(): Int32Array {
  if (shapeTable) return shapeTable;
  const fold = foldTable(resolveNormalizeOptions('search')).table;
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = fold[c]!;
    if (NUMBER_JOINERS.has(f)) joiner[c] = 1;
    if (f === DROP) t[c] = SKIP;
    else if (f < 0) t[c] = SLOW;
    else {
      const lower = String.fromCharCode(f).toLowerCase();
      const l = lower.length === 1 ? lower.charCodeAt(0) : -1;
      const cls = l < 0 ? null : CHAR_CLASS[l]!;
      if (l < 0) t[c] = SLOW;
      else if (cls === CharClass.Digit) t[c] = DIGIT;
      else if (cls === CharClass.ArabicLetter || cls === CharClass.LatinLetter || cls === CharClass.OtherLetter || cls === CharClass.Tatweel || KEPT.has(l)) t[c] = l;
      else t[c] = BLANK;
    }
  }
  return (shapeTable = t);
}

// Lines are shaped when their article is observed and again when it is judged, hundreds of articles
// later: the shapes of recent short lines are remembered, in two generations of bounded size.
const CACHE_LINE = 200;
const GENERATION = 20_000;
let recent = new Map<string, string>();
let older = new Map<string, string>();

/** The shape key of one line (see the module comment). */
export function lineShape(line: string): string {
  if (line.length > CACHE_LINE) return shapeOf(line);
  let shape = recent.get(line);
  if (shape !== undefined) return shape;
  shape = older.get(line) ?? shapeOf(line);
  if (recent.size >= GENERATION) {
    older = recent;
    recent = new Map();
  }
  recent.set(line, shape);
  return shape;
}

function shapeOf(line: string): string {
  // Most lines hold no address and nothing that folds to several units: one pass over the table.
  if (line.indexOf('@') < 0 && line.indexOf('/') < 0 && line.indexOf('www.') < 0 && line.indexOf('WWW.') < 0) {
    const fast = shapeFast(line);
    if (fast !== null) return fast;
  }
  let s = normalizeText(line, 'search').toLowerCase();
  if (s.includes('@') || s.includes('/') || s.includes('www.')) s = s.replace(TOKEN, (t) => (t.includes('@') && EMAIL_TOKEN.test(t) ? ' @ ' : (t.includes('/') || t.startsWith('www.')) && URL_TOKEN.test(t) ? ' url ' : t));
  return shapeFast(s) ?? '';
}

let scratch = new Uint16Array(256);

/**
 * One pass: a run of digits (with the separators inside it, and the marks the fold drops) becomes
 * `#`, letters and the kept symbols stay (folded, lower case), anything else is a blank, and blanks
 * collapse to one space. Null when a code unit needs the full normalisation.
 */
function shapeFast(s: string): string | null {
  const t = table();
  if (scratch.length < s.length + 2) scratch = new Uint16Array(s.length * 2 + 2);
  const out = scratch;
  let len = 0;
  let blank = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const r = t[s.charCodeAt(i)]!;
    if (r === SKIP) continue;
    if (r === BLANK) {
      blank = len > 0;
      continue;
    }
    if (r === SLOW) return null;
    if (blank) {
      out[len++] = SPACE;
      blank = false;
    }
    if (r === DIGIT) {
      // The number runs on over digits, dropped marks, and a joiner with a digit after it.
      for (;;) {
        let j = i + 1;
        while (j < n && t[s.charCodeAt(j)] === SKIP) j++;
        if (j >= n) break;
        const next = t[s.charCodeAt(j)]!;
        if (next === DIGIT) {
          i = j;
          continue;
        }
        if (!joiner[s.charCodeAt(j)]) break;
        let k = j + 1;
        while (k < n && t[s.charCodeAt(k)] === SKIP) k++;
        if (k < n && t[s.charCodeAt(k)] === DIGIT) i = k;
        else break;
      }
      if (len > 0 && out[len - 1] !== SPACE) out[len++] = SPACE;
      out[len++] = HASH;
      blank = true;
    } else out[len++] = r;
  }
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
