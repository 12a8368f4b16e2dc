/**
 * Reads a date written with a month name, the core of several rules:
 *   [day] [«شهر»] month [second name of it] [،] [year [«م»]]
 * «4 مارس 2025», «شهر آذار», «21 يوليو/تموز 2015 م», «فبراير (شباط) 2025», «٤ كانون الثاني».
 */
import { dayNumber, formatDay, formatMonth, isDate } from './calendar.js';
import type { Candidate, Context } from './candidate.js';
import { directedDay, directedMonth, nearestDay, nearestMonth } from './nearest.js';
import { phraseAt } from './phrase-table.js';
import { numberAt } from './tokens.js';

/** A month-name date as read: any of day and year may be missing. */
export interface MonthDate {
  from: number;
  to: number;
  skip: number;
  d: number | null;
  m: number;
  y: number | null;
  /** Whether «شهر» announced the month. */
  noun: boolean;
  /** «الماضي» -1, «الجاري» 0, «المقبل» 1 after a month without a year, else null. */
  dir: number | null;
}

/** The token after a second name of month `m` at `j` («/شباط», «(شباط)», «- شباط»), or `j`. */
function pairedMonth(ctx: Context, j: number, m: number): number {
  const { toks, words } = ctx;
  const t = toks[j]?.text;
  if (t === '/' || t === '-' || t === '–') {
    const hit = phraseAt(toks, j + 1, words.months);
    if (hit && hit.value === m) return hit.next;
  } else if (t === '(') {
    const hit = phraseAt(toks, j + 1, words.months);
    if (hit && hit.value === m && toks[hit.next]?.text === ')') return hit.next + 1;
  }
  return j;
}

/** A Gregorian year of four digits at `k`, not followed by a Hijri mark; its value and the token after it (and after «م»). */
export function gregorianYearAt(ctx: Context, k: number, min = 1000, max = 2199): { y: number; next: number } | null {
  const { toks, words } = ctx;
  const y = numberAt(ctx.toks, k, 4);
  if (y === null || toks[k]!.text.length !== 4 || y < min || y > max) return null;
  if (phraseAt(toks, k + 1, words.hijriMarks)) return null;
  // Not the start of a numeric date or range: «2015/07/21», «2015-2016».
  if (toks[k + 1]?.kind === 'mark' && toks[k + 1]!.start === toks[k]!.end && toks[k + 2]?.kind === 'num' && toks[k + 2]!.start === toks[k + 1]!.end) return null;
  const mark = phraseAt(toks, k + 1, words.gregorianMarks);
  return { y, next: mark ? mark.next : k + 1 };
}

/** Reads a month-name date at token `i`; clitics on its first word when `clitics` is set (never on a day number). */
export function readMonthDate(ctx: Context, i: number, clitics: boolean): MonthDate | null {
  const { toks, words } = ctx;
  let j = i;
  let skip = 0;
  let d: number | null = null;
  // «غرة مارس»: a word for the day.
  const word = phraseAt(toks, j, words.dayWords, clitics);
  const day = word ? word.value : numberAt(toks, j, 2);
  if (word) skip = word.skip;
  if (day !== null) {
    if (day < 1 || day > 31) return null;
    d = day;
    j = word ? word.next : j + 1;
  }
  const noun = d === null ? phraseAt(toks, j, words.monthNouns, clitics) : null;
  if (noun) {
    skip = noun.skip;
    j = noun.next;
  }
  const month = phraseAt(toks, j, words.months, clitics && d === null && !noun);
  if (!month) return null;
  if (d === null && !noun) skip = month.skip;
  j = pairedMonth(ctx, month.next, month.value);
  const k = toks[j]?.text === ',' ? j + 1 : j;
  const year = gregorianYearAt(ctx, k);
  // «12 تشرين الأول الماضي», «دجنبر المقبل»: the direction is part of the date.
  const dir = year ? null : phraseAt(toks, j, words.directions);
  return { from: i, to: year ? year.next : dir ? dir.next : j, skip, d, m: month.value, y: year ? year.y : null, noun: noun !== null, dir: dir ? dir.value : null };
}

/** The candidate of a month-name date: a day, a month, or (without a year) one resolved to the nearest such day or month. */
export function monthDateCandidate(md: MonthDate, from = md.from, skip = md.skip): Candidate | null {
  const { d, m, y, dir } = md;
  const base = { from, to: md.to, skip, relation: null };
  if (d !== null && y !== null) return isDate(y, m, d) ? { ...base, grain: 'day', relative: false, value: formatDay(dayNumber(y, m, d)) } : null;
  if (dir !== null && d !== null) return isDate(2024, m, d) ? { ...base, grain: 'day', relative: true, value: (ref) => { const n = directedDay(ref, m, d, dir); return n === null ? null : formatDay(n); } } : null;
  if (dir !== null) return { ...base, grain: 'month', relative: true, value: (ref) => { const at = directedMonth(ref, m, dir); return formatMonth(at.y, at.m); } };
  // «4 مارس»: the nearest 4 March to the reference date (29 February needs a leap year near it).
  if (d !== null) return isDate(2024, m, d) ? { ...base, grain: 'day', relative: true, yearless: { m, d }, value: (ref) => { const n = nearestDay(ref, m, d); return n === null ? null : formatDay(n); } } : null;
  if (y !== null) return { ...base, grain: 'month', relative: false, value: formatMonth(y, m) };
  return { ...base, grain: 'month', relative: true, yearless: { m, d: null }, value: (ref) => { const at = nearestMonth(ref, m); return formatMonth(at.y, at.m); } };
}


