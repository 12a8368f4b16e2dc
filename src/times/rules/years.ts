/**
 * Years with a noun or an era: «عام 2024», «العام 2024», «سنة ١٩٤٨», «2015م», «1446 هـ» (a Hijri
 * year: the interval of its Gregorian days).
 */
import { formatInterval, formatYear } from '../calendar.js';
import type { Candidate, Rule } from '../candidate.js';
import { hijriYearDays } from '../hijri.js';
import { phraseAt } from '../phrase-table.js';
import { gregorianYearAt } from '../read-month-date.js';
import { numberAt } from '../tokens.js';

/** A Hijri year «1446 هـ» at `j` (1300–1600), as a candidate spanning from `from`. */
function hijriYear(ctx: Parameters<Rule>[0], j: number, from: number, skip: number): Candidate | null {
  const y = numberAt(ctx.toks, j, 4);
  const mark = phraseAt(ctx.toks, j + 1, ctx.words.hijriMarks);
  if (y === null || !mark) return null;
  const days = hijriYearDays(y);
  return days ? { from, to: mark.next, skip, grain: 'year', relative: false, relation: null, value: formatInterval(days[0], days[1]) } : null;
}

export const yearRule: Rule = (ctx, i) => {
  const noun = phraseAt(ctx.toks, i, ctx.words.yearNouns, true);
  if (noun) {
    const hijri = hijriYear(ctx, noun.next, i, noun.skip);
    if (hijri) return hijri;
    const year = gregorianYearAt(ctx, noun.next);
    return year ? { from: i, to: year.next, skip: noun.skip, grain: 'year', relative: false, relation: null, value: formatYear(year.y) } : null;
  }
  const hijri = hijriYear(ctx, i, i, 0);
  if (hijri) return hijri;
  // «2015م», «2015 ميلادية»: the era makes the number a year.
  const year = gregorianYearAt(ctx, i, 1900, 2100);
  return year && year.next > i + 1 ? { from: i, to: year.next, skip: 0, grain: 'year', relative: false, relation: null, value: formatYear(year.y) } : null;
};
