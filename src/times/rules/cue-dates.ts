/**
 * A bare year or month name after a preposition: «في 2015», «منذ مارس», «حتى آب». The preposition
 * makes it a date (a bare «2015» may be a count, a bare «مارس» a verb) but stays out of the span.
 * A year needs 1900–2100 here.
 */
import { formatYear } from '../calendar.js';
import type { Rule } from '../candidate.js';
import { phraseAt } from '../phrase-table.js';
import { gregorianYearAt, monthDateCandidate, readMonthDate } from '../read-month-date.js';

export const cueDateRule: Rule = (ctx, i) => {
  const cue = phraseAt(ctx.toks, i, ctx.words.cues, true);
  if (!cue) return null;
  const j = cue.next;
  const year = gregorianYearAt(ctx, j, 1900, 2100);
  if (year) return { from: j, to: year.next, skip: 0, grain: 'year', relative: false, relation: null, value: formatYear(year.y) };
  const md = readMonthDate(ctx, j, false);
  return md && md.d === null ? monthDateCandidate(md) : null;
};
