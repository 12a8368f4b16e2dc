/**
 * A publication date written only as text, as in `<time>الثلاثاء 21 يوليو 2015</time>`:
 *   «21 يوليو 2015», «٢١ تموز ٢٠١٥», «21 يوليو/تموز 2015 - 10:30 م», «21/07/2015», «2015-07-21 10:30»,
 *   «يوليو 2015» (a month). The Gregorian date of «5 شوال 1436 هـ - 21 يوليو 2015 م» is found past the Hijri one.
 */
import { normalizeText } from '../../text/normalize.js';
import { defaultMonths } from '../../text/months.js';
import type { Article } from '../../core/article.js';
import { parsePublished } from '../records/published.js';

interface Found {
  y: number;
  m: number;
  d: number | null;
  start: number;
  end: number;
}

// Not inside a number or word; not a Hijri year («1436 هـ» folds to «1436 ه»).
const B = '(?<![\\p{L}\\p{N}])';
const NOT_HIJRI = '(?![\\p{N}])(?!\\s*ه(?![\\p{L}]))';
const YMD = new RegExp(`${B}(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\p{N}])`, 'gu');
const DMY = new RegExp(`${B}(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})${NOT_HIJRI}`, 'gu');
// «10:30», «10:30:15», «10:30 م», «10:30 مساء», «10:30 pm».
const TIME = /(?<![\p{N}:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\p{N}:])(?:\s*(ص|م|صباحا|مساء|am|pm)(?![\p{L}]))?/u;

const cache = new WeakMap<ReadonlyMap<string, number>, { dmy: RegExp; mdy: RegExp; my: RegExp }>();

/** The named-month patterns of a month table: «21 يوليو/تموز 2015», «July 21, 2015», «يوليو 2015». */
export function namedPatterns(months: ReadonlyMap<string, number>): { dmy: RegExp; mdy: RegExp; my: RegExp } {
  let p = cache.get(months);
  if (p) return p;
  // Longest first, so «كانون الثاني» wins over a shorter name; spaces inside a name match any run.
  const names = [...months.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'));
  const M = `(${names.join('|')})(?![\\p{L}])`;
  // A second name for the same month: «يوليو/تموز», «تموز (يوليو)», «يوليو - تموز».
  const ALSO = `(?:\\s*[-/(–]\\s*(?:${names.join('|')})(?![\\p{L}])(?:\\s*\\))?)?`;
  // Before the year: blanks, a comma and blanks. Written `\s*,?\s*` (or after ALSO's `\s*\)?`), a
  // run of blanks could be shared between two `\s*` in every way, quadratic before a failing year.
  const YEAR = `\\s*(?:,\\s*)?(\\d{4})${NOT_HIJRI}`;
  p = {
    dmy: new RegExp(`${B}(\\d{1,2})\\s*${M}${ALSO}${YEAR}`, 'gu'),
    mdy: new RegExp(`${B}${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${NOT_HIJRI}`, 'gu'),
    my: new RegExp(`${B}${M}${ALSO}${YEAR}`, 'gu'),
  };
  cache.set(months, p);
  return p;
}

function isRealDate(y: number, m: number, d: number | null): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12) return false;
  return d === null || (d >= 1 && d === new Date(Date.UTC(y, m - 1, d)).getUTCDate());
}

/** The first real Gregorian date in folded text, trying the patterns in order of how much they say. */
function findDate(s: string, months: ReadonlyMap<string, number>): Found | null {
  const named = namedPatterns(months);
  const month = (name: string): number => months.get(name.replace(/\s+/gu, ' '))!;
  const readers: Array<[RegExp, (m: RegExpExecArray) => [y: string, m: number, d: string | null]]> = [
    [named.dmy, (m) => [m[3]!, month(m[2]!), m[1]!]],
    [named.mdy, (m) => [m[3]!, month(m[1]!), m[2]!]],
    [YMD, (m) => [m[1]!, +m[3]!, m[4]!]],
    // Day first, as Arabic writes it, unless the second number cannot be a month: 07/21/2015.
    [DMY, (m) => (+m[3]! <= 12 ? [m[4]!, +m[3]!, m[1]!] : [m[4]!, +m[1]!, m[3]!])],
    [named.my, (m) => [m[2]!, month(m[1]!), null]],
  ];
  for (const [re, read] of readers) {
    // «1436/10/05 هـ الموافق 2015/07/21»: a match that is no real date gives way to the next one.
    for (const m of s.matchAll(re)) {
      const [y, mo, d] = read(m);
      const found = { y: +y, m: mo, d: d === null ? null : +d, start: m.index, end: m.index + m[0].length };
      if (isRealDate(found.y, found.m, found.d)) return found;
    }
  }
  return null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The date (and time, when given) a text names, as the article's `published`: day precision for a
 * date, minute or second with a time, month for «يوليو 2015»; null when it names none. A time has no
 * zone in such text: it is kept as written and marked Z, as parsePublished keeps zone-less timestamps.
 */
export function parseDateText(text: string, months: ReadonlyMap<string, number> = defaultMonths()): Article['published'] {
  // Search form: Arabic-Indic digits to ASCII, alef and ta marbuta folded, harakat and tatweel gone, Latin lower case.
  const s = normalizeText(text, 'search');
  const date = findDate(s, months);
  if (!date) return null;
  const ym = `${date.y}-${pad(date.m)}`;
  if (date.d === null) return parsePublished(ym);
  const ymd = `${ym}-${pad(date.d)}`;
  const t = TIME.exec(s.slice(0, date.start) + ' '.repeat(date.end - date.start) + s.slice(date.end));
  if (!t) return parsePublished(ymd);
  let h = +t[1]!;
  const pm = t[4] === 'م' || t[4] === 'مساء' || t[4] === 'pm';
  const am = t[4] === 'ص' || t[4] === 'صباحا' || t[4] === 'am';
  if ((pm || am) && (h < 1 || h > 12)) return parsePublished(ymd);
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  if (h > 23 || +t[2]! > 59 || (t[3] !== undefined && +t[3] > 59)) return parsePublished(ymd);
  const time = `${pad(h)}:${t[2]}${t[3] !== undefined ? `:${t[3]}` : ''}`;
  return parsePublished(`${ymd}T${time}Z`);
}
