/**
 * Spans of days: «من 3 إلى 5 مارس», «بين 3 و5 مارس 2025», «3-5 مارس», «من 28 فبراير حتى 2 مارس»;
 * the value is the interval of days. Without a year, the end day is the nearest such day to the
 * reference date and the start is the one before it.
 */
import { dateOf, dayNumber, formatInterval, isDate } from '../calendar.js';
import type { Rule } from '../candidate.js';
import { nearestDay } from '../nearest.js';
import { phraseAt } from '../phrase-table.js';
import { readMonthDate } from '../read-month-date.js';
import { numberAt } from '../tokens.js';

/** The start day of a span ending on day number `end` (month `m2` of year `y`): «من 28 فبراير حتى 2 مارس». */
function startDay(y: number, m1: number, d1: number, m2: number): number | null {
  const yy = m1 > m2 ? y - 1 : y;
  return isDate(yy, m1, d1) ? dayNumber(yy, m1, d1) : null;
}

export const dayRangeRule: Rule = (ctx, i) => {
  const { toks, words } = ctx;
  const between = phraseAt(toks, i, words.rangeBetween, true);
  const open = between ?? phraseAt(toks, i, words.rangeFrom, true);
  let j = open ? open.next : i;
  const d1 = numberAt(toks, j, 2);
  if (d1 === null || d1 < 1 || d1 > 31) return null;
  j++;
  const m1 = phraseAt(toks, j, words.months);
  if (m1) j = m1.next;
  // «بين 3 و5» joins with و; «من 3 إلى 5» and «3-5» with the others.
  const sep = between ? phraseAt(toks, j, words.rangeAnd) : (phraseAt(toks, j, words.rangeTo) ?? (toks[j]?.text === '-' ? { next: j + 1 } : null));
  if (!sep) return null;
  const md = readMonthDate(ctx, sep.next, false);
  if (!md || md.d === null) return null;
  const { d: d2, m: m2, y } = md;
  const first = m1 ? m1.value : m2;
  if (first === m2 && d1 >= d2) return null;
  const span = (end: number, yy: number): string | null => {
    const start = startDay(yy, first, d1, m2);
    return start === null || start >= end ? null : formatInterval(start, end);
  };
  const base = { from: i, to: md.to, skip: open ? open.skip : 0, grain: 'day' as const, relation: null };
  if (y !== null) {
    if (!isDate(y, m2, d2)) return null;
    const value = span(dayNumber(y, m2, d2), y);
    return value ? { ...base, relative: false, value } : null;
  }
  return { ...base, relative: true, value: (ref) => { const end = nearestDay(ref, m2, d2); return end === null ? null : span(end, dateOf(end).y); } };
};
