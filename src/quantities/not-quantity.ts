/**
 * Numbers that are no quantity, judged from the tokens around them:
 * - dates and times: «21/07/2015», «2015-07-21», «10:30», «4 مارس» (a day), «مارس 2025», «عام 2015»,
 *   «1436 هـ» (a year), «10 صباحاً» (an hour);
 * - names and codes: «القرار 2254», «المادة 7», «F16», «إف16», «كوفيد-19»;
 * - phone-like runs: «0501234567», «+966…», nine digits or more;
 * - number words of an ordinal: «الحادي عشر», «القرن التاسع عشر».
 */
import type { QuantityCues } from './cues.js';
import type { MonthWords } from './month-words.js';
import type { NumberRead } from './read-number.js';
import { isBareClitic, splitProclitic, type QToken } from './tokens.js';

export interface ContextWords {
  cues: QuantityCues;
  months: MonthWords;
}

const LATIN = /[A-Za-z\u00C0-\u024F]/;

/** The search form of a word without a proclitic when `set` knows only that: «لعام» → «عام». */
function inSet(t: QToken | undefined, set: ReadonlySet<string>): boolean {
  if (!t || t.kind !== 'word') return false;
  return set.has(t.fold) || splitProclitic(t.fold, (rest) => set.has(rest)) !== null;
}

const gluedTo = (toks: readonly QToken[], i: number, side: -1 | 1, marks: ReadonlySet<string>): boolean => {
  const mark = toks[i + side];
  const other = toks[i + 2 * side];
  return !!mark && !!other && mark.kind === 'mark' && marks.has(mark.raw) && other.kind === 'num' && (side < 0 ? toks[i]!.glued && mark.glued : mark.glued && other.glued);
};
const SLASH = new Set(['/', ':', '.']);
const DASH = new Set(['-']);

/** A numeral of a date or time: glued by / or : to another («21/07», «10:30»), or one of three or more joined by - («2015-07-21»). */
export function chained(toks: readonly QToken[], i: number): boolean {
  if (gluedTo(toks, i, -1, SLASH) || gluedTo(toks, i, 1, SLASH)) return true;
  let run = 1;
  for (let k = i; gluedTo(toks, k, -1, DASH); k -= 2) run++;
  for (let k = i; gluedTo(toks, k, 1, DASH); k += 2) run++;
  return run >= 3;
}

/** A year-like numeral: four plain digits from 1000 to 2199. */
export const yearLike = (r: NumberRead): boolean => !!r.digits && r.digits.plain && r.digits.length === 4 && r.digits.value >= 1000 && r.digits.value <= 2199;

/** Why the number `r` (tokens [from, to)) is no quantity, or null when it may be one. */
export function notQuantity(toks: readonly QToken[], r: NumberRead, ctx: ContextWords): string | null {
  const first = toks[r.from]!;
  const numTok = isBareClitic(first) ? toks[r.from + 1]! : first;
  const prev = toks[r.from - 1];
  const next = toks[r.to];
  const { cues } = ctx;
  const months = ctx.months.first;
  // «كانون الثاني 2016»: the word before ends a two-word month name.
  const afterMonth = inSet(prev, months) || (prev?.kind === 'word' && toks[r.from - 2]?.kind === 'word' && ctx.months.pairs.has(`${toks[r.from - 2]!.fold} ${prev.fold}`));
  if (r.digits) {
    const d = r.digits;
    if (d.plain && (d.length >= 9 || (d.leadingZero && d.length >= 4))) return 'phone';
    if (prev && numTok.glued && prev.fold === '+') return 'phone';
    if (chained(toks, r.to - 1)) return 'date-or-time';
    // «F16», «إف16», «كوفيد-19», «16F».
    if (prev && numTok === first && numTok.glued && prev.kind === 'word' && !isBareClitic(prev)) return 'code';
    if (prev && numTok.glued && prev.raw === '-' && toks[r.from - 2]?.kind === 'word' && prev.glued) return 'code';
    if (next && next.glued && next.kind === 'word' && LATIN.test(next.raw)) return 'code';
    if (yearLike(r) && (inSet(prev, cues.yearBefore) || afterMonth || (next?.kind === 'word' && cues.yearAfter.has(next.fold)))) return 'year';
    if (inSet(prev, cues.label)) return 'label';
  }
  if (r.words && prev?.kind === 'word' && cues.ordinal.has(prev.fold)) return 'ordinal';
  if (next?.kind === 'word' && months.has(next.fold) && r.low === r.high && r.low <= 31) return 'day';
  if (next?.kind === 'word' && cues.hourAfter.has(next.fold)) return 'hour';
  if (afterMonth && r.digits && r.digits.length === 4) return 'year';
  return null;
}
