/**
 * Dates in digits: «21/07/2015», «21-07-2015», «21.07.2015» (day first, as Arabic writes them,
 * unless the second number cannot be a month: 07/21/2015), «2015-07-21», «2015/07/21»; and the
 * Hijri «1436/10/05 هـ» when a Hijri mark follows. The parts touch, with one separator.
 */
import { dayNumber, formatDay, isDate } from '../calendar.js';
import type { Rule } from '../candidate.js';
import { hijriToDay } from '../hijri.js';
import { phraseAt } from '../phrase-table.js';
import { touches, type Token } from '../tokens.js';

const SEPARATORS = new Set(['/', '-', '.']);
const isNum = (t: Token | undefined): boolean => t?.kind === 'num';

export const numericDateRule: Rule = (ctx, i) => {
  const { toks } = ctx;
  const [a, s1, b, s2, c] = [toks[i], toks[i + 1], toks[i + 2], toks[i + 3], toks[i + 4]];
  if (!isNum(a) || !isNum(b) || !isNum(c) || !s1 || s1.text !== s2?.text || !SEPARATORS.has(s1.text)) return null;
  for (let k = i + 1; k <= i + 4; k++) if (!touches(toks, k)) return null;
  // Not part of a longer run of numbers: «1.2.3.2015», «21/07/2015/3».
  if (touches(toks, i) && (toks[i - 1]!.kind === 'num' || SEPARATORS.has(toks[i - 1]!.text))) return null;
  if (touches(toks, i + 5) && (isNum(toks[i + 5]) || (SEPARATORS.has(toks[i + 5]!.text) && isNum(toks[i + 6])))) return null;
  let y: number;
  let m: number;
  let d: number;
  if (a!.text.length === 4 && b!.text.length <= 2 && c!.text.length <= 2) [y, m, d] = [+a!.text, +b!.text, +c!.text];
  else if (c!.text.length === 4 && a!.text.length <= 2 && b!.text.length <= 2) [y, m, d] = +b!.text <= 12 ? [+c!.text, +b!.text, +a!.text] : [+c!.text, +a!.text, +b!.text];
  else return null;
  const mark = phraseAt(toks, i + 5, ctx.words.hijriMarks);
  if (mark) {
    const n = hijriToDay(y, m, d);
    return n === null ? null : { from: i, to: mark.next, skip: 0, grain: 'day', relative: false, relation: null, value: formatDay(n) };
  }
  if (y < 1900 || y > 2100 || !isDate(y, m, d)) return null;
  return { from: i, to: i + 5, skip: 0, grain: 'day', relative: false, relation: null, value: formatDay(dayNumber(y, m, d)) };
};
