/**
 * Dates with a month name: «4 مارس 2025» (a day), «مارس 2025» and «شهر مارس» (months), «4 مارس»
 * (a day, its year from the reference date), «حزيران الماضي», «12 تشرين الأول الماضي» (the one
 * before). A month name alone is no date: «مارس» is also the verb «practised»; it needs a day, a
 * year, «شهر» or a direction here, or a preposition (rules/cue-dates.ts).
 */
import type { Rule } from '../candidate.js';
import { monthDateCandidate, readMonthDate } from '../read-month-date.js';

export const monthDateRule: Rule = (ctx, i) => {
  const md = readMonthDate(ctx, i, true);
  if (!md || (md.d === null && md.y === null && !md.noun && md.dir === null)) return null;
  return monthDateCandidate(md);
};
