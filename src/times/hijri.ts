/**
 * Hijri dates to Gregorian days with the Umm al-Qura calendar of Node's ICU: the Hijri date of a
 * day is what `Intl.DateTimeFormat` with `islamic-umalqura` prints for it, and that rendering only
 * grows with the day, so a binary search finds the day of «1 رمضان 1446» (2025-03-01).
 */
import { dayNumber, formatDay } from './calendar.js';

const DAY_MS = 86_400_000;
let format: Intl.DateTimeFormat | undefined;

/** The Umm al-Qura date of a day number as [year, month, day]. */
export function hijriOf(n: number): [number, number, number] {
  format ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of format.formatToParts(new Date(n * DAY_MS))) {
    // ICU names the Hijri year part 'year' (or 'relatedYear' in some versions).
    if (p.type === 'year') y = parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return [y, m, d];
}

const compare = (a: readonly number[], b: readonly number[]): number => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;

// Umm al-Qura as ICU has it covers 1300–1600 AH (1882–2174).
const LOW = dayNumber(1882, 1, 1);
const HIGH = dayNumber(2175, 1, 1);

/** The first day whose Hijri date is on or after y-m-d. */
function firstOnOrAfter(y: number, m: number, d: number): number {
  let lo = LOW;
  let hi = HIGH;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(hijriOf(mid), [y, m, d]) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The Gregorian day number of a Hijri date, or null when there is no such day (30 of a 29-day month, years outside 1300–1600). */
export function hijriToDay(y: number, m: number, d: number): number | null {
  if (y < 1300 || y > 1600 || m < 1 || m > 12 || d < 1 || d > 30) return null;
  const n = firstOnOrAfter(y, m, d);
  return compare(hijriOf(n), [y, m, d]) === 0 ? n : null;
}

/** The first and last Gregorian days of a Hijri month, or null outside 1300–1600. */
export function hijriMonthDays(y: number, m: number): [number, number] | null {
  const first = hijriToDay(y, m, 1);
  if (first === null) return null;
  const next = m === 12 ? hijriToDay(y + 1, 1, 1) : hijriToDay(y, m + 1, 1);
  return [first, (next ?? firstOnOrAfter(y, m + 1, 1)) - 1];
}

/** The first and last Gregorian days of a Hijri year, or null outside 1300–1600. */
export function hijriYearDays(y: number): [number, number] | null {
  const first = hijriToDay(y, 1, 1);
  if (first === null) return null;
  const next = hijriToDay(y + 1, 1, 1);
  return [first, (next ?? firstOnOrAfter(y + 1, 1, 1)) - 1];
}

/** A Hijri date as the Gregorian day 'YYYY-MM-DD': (1446, 9, 1) → '2025-03-01'; null when there is no such day. */
export function hijriToGregorian(y: number, m: number, d: number): string | null {
  const n = hijriToDay(y, m, d);
  return n === null ? null : formatDay(n);
}
