/**
 * The start, middle or end of a month, week or year: «مطلع الشهر الجاري», «منتصف الأسبوع المقبل»,
 * «نهاية العام الماضي», «أواخر مارس», «مطلع آذار المقبل», «مطلع آذار 2025», «منتصف عام 2024», «نهاية 2024». The value
 * is an interval of days (src/times/parts.ts says which).
 */
import type { Rule } from '../candidate.js';
import { directedMonth, nearestMonth } from '../nearest.js';
import { monthPart, yearPart } from '../parts.js';
import { phraseAt } from '../phrase-table.js';
import { gregorianYearAt, readMonthDate } from '../read-month-date.js';
import { readRelativeUnit } from './relative-units.js';

export const partRule: Rule = (ctx, i) => {
  const { toks, words } = ctx;
  const p = phraseAt(toks, i, words.parts, true);
  if (!p) return null;
  const part = p.value;
  const base = { from: i, skip: p.skip };
  const rel = readRelativeUnit(ctx, p.next, false, true);
  if (rel) return { ...base, to: rel.next, grain: rel.unit, relative: true, relation: { unit: rel.unit, offset: rel.offset, part }, value: null };
  const md = readMonthDate(ctx, p.next, false);
  if (md && md.d === null) {
    const { m, y } = md;
    if (y !== null) return { ...base, to: md.to, grain: 'month', relative: false, relation: null, value: monthPart(y, m, part) };
    // «مطلع آذار المقبل»: the direction picks the year.
    const dir = md.dir;
    return { ...base, to: md.to, grain: 'month', relative: true, relation: null, value: (ref) => { const at = dir === null ? nearestMonth(ref, m) : directedMonth(ref, m, dir); return monthPart(at.y, at.m, part); } };
  }
  const noun = phraseAt(toks, p.next, words.yearNouns);
  const year = gregorianYearAt(ctx, noun ? noun.next : p.next, 1900, 2100);
  if (year) return { ...base, to: year.next, grain: 'year', relative: false, relation: null, value: yearPart(year.y, part) };
  return null;
};

