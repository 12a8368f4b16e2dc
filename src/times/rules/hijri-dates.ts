/**
 * Hijri dates with a month name: «5 شوال 1436 هـ» (a day), «غرة محرم 1446 هـ» (its first day),
 * «رمضان 1446هـ» (the month, as the interval of its Gregorian days), and without a year, a month
 * with a direction: «رمضان المقبل», «شعبان الماضي». The year (1300–1600) is required otherwise, the
 * era mark not: no Gregorian month has a Hijri name. Converted with the Umm al-Qura calendar
 * (src/times/hijri.ts).
 */
import { formatDay, formatInterval } from '../calendar.js';
import type { Rule } from '../candidate.js';
import { hijriMonthDays, hijriOf, hijriToDay } from '../hijri.js';
import { phraseAt } from '../phrase-table.js';
import { numberAt } from '../tokens.js';

export const hijriDateRule: Rule = (ctx, i) => {
  const { toks, words } = ctx;
  const word = phraseAt(toks, i, words.dayWords, true);
  const d = word ? word.value : numberAt(toks, i, 2);
  const at = word ? word.next : d === null ? i : i + 1;
  const month = phraseAt(toks, at, words.hijriMonths, d === null);
  if (!month) return null;
  const k = toks[month.next]?.text === ',' ? month.next + 1 : month.next;
  const y = numberAt(toks, k, 4);
  const skip = word ? word.skip : d === null ? month.skip : 0;
  if (y === null && d === null) {
    const dir = phraseAt(toks, month.next, words.directions);
    if (!dir) return null;
    const m = month.value;
    const value = (ref: number): string | null => {
      const [hy, hm] = hijriOf(ref);
      const year = dir.value > 0 ? (m > hm ? hy : hy + 1) : dir.value < 0 ? (m < hm ? hy : hy - 1) : hy;
      const days = hijriMonthDays(year, m);
      return days ? formatInterval(days[0], days[1]) : null;
    };
    return { from: i, to: dir.next, skip, grain: 'month', relative: true, relation: null, value };
  }
  if (y === null || y < 1300 || y > 1600) return null;
  const mark = phraseAt(toks, k + 1, words.hijriMarks);
  const base = { from: i, to: mark ? mark.next : k + 1, skip, relative: false, relation: null };
  if (d !== null) {
    const n = hijriToDay(y, month.value, d);
    return n === null ? null : { ...base, grain: 'day', value: formatDay(n) };
  }
  const days = hijriMonthDays(y, month.value);
  return days ? { ...base, grain: 'month', value: formatInterval(days[0], days[1]) } : null;
};
