/**
 * Weekday names: «الثلاثاء», «يوم الأحد الماضي», «الجمعة المقبلة», and before a date, «الثلاثاء 4
 * مارس 2025» or «يوم الخميس 12 جمادى الأولى 1446هـ» (one expression, the date's value). Alone, a
 * weekday is the latest such day on or before the reference date (news mostly tells what happened),
 * or the first after it in a sentence about the future («وستعقد الجلسة يوم السبت»); with «الماضي»
 * the latest before it; with «المقبل» the first after it.
 */
import type { Rule } from '../candidate.js';
import { phraseAt } from '../phrase-table.js';
import { futureBefore } from '../future.js';
import { monthDateCandidate, readMonthDate } from '../read-month-date.js';
import { hijriDateRule } from './hijri-dates.js';

export const weekdayRule: Rule = (ctx, i) => {
  const { toks, words } = ctx;
  const noun = phraseAt(toks, i, words.dayNouns, true);
  const day = phraseAt(toks, noun ? noun.next : i, words.weekdays, !noun);
  if (!day) return null;
  const skip = noun ? noun.skip : day.skip;
  const k = toks[day.next]?.text === ',' ? day.next + 1 : day.next;
  const md = readMonthDate(ctx, k, false);
  if (md && md.d !== null) return monthDateCandidate(md, i, skip);
  const hijri = hijriDateRule(ctx, k);
  if (hijri && hijri.grain === 'day') return { ...hijri, from: i, skip };
  const dir = phraseAt(toks, day.next, words.directions);
  const offset = dir && dir.value !== 0 ? dir.value : futureBefore(ctx, i) ? 1 : 0;
  const to = dir && dir.value !== 0 ? dir.next : day.next;
  return { from: i, to, skip, grain: 'day', relative: true, relation: { unit: 'weekday', offset, weekday: day.value }, value: null };
};
