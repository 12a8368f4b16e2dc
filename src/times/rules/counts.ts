/**
 * A count of units from the reference date: «قبل يومين», «منذ ثلاث سنوات», «قبل 5 أيام», «بعد
 * أسبوعين», «منذ عام». A plural without a number («قبل أيام», «منذ سنوات», «قبل بضعة أشهر») is
 * vague: Arabic's plural of paucity counts three to ten, so it is the range of offsets 3 to 10 (the
 * value an interval). Not a count from the reference date: «قبل يومين من الانتخابات» (an event
 * follows) and «منذ عام 2011» (a year follows).
 */
import type { Rule } from '../candidate.js';
import { phraseAt } from '../phrase-table.js';
import type { Relation } from '../../core/time-schema.js';
import { numberAt } from '../tokens.js';

export const countRule: Rule = (ctx, i) => {
  const { toks, words } = ctx;
  const ago = phraseAt(toks, i, words.ago, true);
  if (!ago) return null;
  let j = ago.next;
  let n: number | 'few' | null = numberAt(toks, j, 4);
  if (n !== null) j++;
  else {
    const word = phraseAt(toks, j, words.numbers);
    if (word) {
      n = word.value;
      j = word.next;
    }
  }
  const unit = phraseAt(toks, j, words.counts);
  if (!unit) return null;
  if (n === 0) return null;
  // «قبل ثلاثة يوم» is no Arabic; a number word needs the plural, a bare singular or dual its own count.
  if (n === 'few' && unit.value.n !== 'n') return null;
  const count = n === null ? unit.value.n : n;
  if (toks[unit.next]?.kind === 'num' || phraseAt(toks, unit.next, words.event)) return null;
  const sign = ago.value < 0 ? -1 : 1;
  const relation: Relation =
    count === 'n' || count === 'few' ? (sign < 0 ? { unit: unit.value.unit, offset: -10, to: -3 } : { unit: unit.value.unit, offset: 3, to: 10 }) : { unit: unit.value.unit, offset: sign * count };
  return { from: i, to: unit.next, skip: ago.skip, grain: unit.value.unit, relative: true, relation, value: null };
};
