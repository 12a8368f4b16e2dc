/**
 * Days named from today: «اليوم», «أمس», «أول من أمس», «غداً», «بعد غد», with the weekday the text
 * may add, in parentheses or not: «اليوم (الثلاثاء)», «أمس الاثنين» (one expression; the weekday is
 * kept in the relation and lets inferReference check a date). «اليوم التالي» is no today.
 */
import type { Rule } from '../candidate.js';
import { phraseAt } from '../phrase-table.js';
import type { Relation } from '../../core/time-schema.js';

export const relativeDayRule: Rule = (ctx, i) => {
  const { toks, words } = ctx;
  const day = phraseAt(toks, i, words.days, true);
  if (!day) return null;
  if (day.value === 0 && phraseAt(toks, day.next, words.notToday)) return null;
  let to = day.next;
  let weekday: number | undefined;
  const open = toks[to]?.text === '(';
  const w = phraseAt(toks, open ? to + 1 : to, words.weekdays);
  if (w && (!open || toks[w.next]?.text === ')')) {
    weekday = w.value;
    to = open ? w.next + 1 : w.next;
  }
  const relation: Relation = weekday === undefined ? { unit: 'day', offset: day.value } : { unit: 'day', offset: day.value, weekday };
  return { from: i, to, skip: day.skip, grain: 'day', relative: true, relation, value: null };
};
