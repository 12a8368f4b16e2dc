/**
 * A day of a month named from the reference date or by name: «الـ20 من الشهر الجاري», «5 من الشهر
 * المقبل», «الـ15 من مارس» (the nearest March). Digits only: «العاشر من» is an ordinal word.
 */
import { addMonths, dateOf, dayNumber, formatDay, isDate } from '../calendar.js';
import type { Rule } from '../candidate.js';
import { phraseAt } from '../phrase-table.js';
import { monthDateCandidate, readMonthDate } from '../read-month-date.js';
import { numberAt, touches } from '../tokens.js';
import { readRelativeUnit } from './relative-units.js';

const OF = 'من';

export const dayOfMonthRule: Rule = (ctx, i) => {
  const { toks } = ctx;
  const d = numberAt(toks, i, 2);
  if (d === null || d < 1 || d > 31 || toks[i + 1]?.text !== OF) return null;
  // «الـ20»: the article on the number (the tatweel is folded away) belongs to the span.
  const from = toks[i - 1]?.text === 'ال' && touches(toks, i) ? i - 1 : i;
  const j = i + 2;
  const unit = readRelativeUnit(ctx, j, false, true);
  if (unit && unit.unit === 'month') {
    const offset = unit.offset;
    const value = (ref: number): string | null => {
      const at = dateOf(ref);
      const { y, m } = addMonths(at.y, at.m, offset);
      return isDate(y, m, d) ? formatDay(dayNumber(y, m, d)) : null;
    };
    return { from, to: unit.next, skip: 0, grain: 'day', relative: true, relation: null, value };
  }
  const md = phraseAt(toks, j, ctx.words.months) ? readMonthDate(ctx, j, false) : null;
  return md && md.d === null ? monthDateCandidate({ ...md, d, from }, from, 0) : null;
};
