/**
 * The counted noun after a number: «200 مقاتل» → مقاتل, «25 قتيلاً» → قتيل (the alef of tanween off),
 * «5 ملايين دولار» → دولار, «العشرات من القتلى» → القتلى. Units listed in data/text/quantity-cues.txt
 * are given by their name («دولارات» → دولار). A function word, a month, a number word or a word with
 * «و» in front («قتل 20 وأصيب») is no unit.
 */
import { normalizeText } from '../text/normalize.js';
import { readLines } from '../text/read-data.js';
import type { QuantityCues } from './cues.js';
import type { MonthWords } from './month-words.js';
import type { NumberLexicon } from './number-words.js';
import type { QToken } from './tokens.js';

/** What the unit reader needs to know about words. */
export interface UnitContext {
  cues: QuantityCues;
  numbers: NumberLexicon;
  /** Stopwords in the `morph` form (ة kept, so «آلية» is not «إليه»). */
  stopwords: ReadonlySet<string>;
  months: MonthWords;
}

let stop: ReadonlySet<string> | undefined;

/**
 * The stopwords (data/stopwords/ar.txt minus keep.txt) in the `morph` form: the search form folds ة
 * to ه, and «آلية» (a vehicle) would be the stopword «إليه».
 */
export function unitStopwords(): ReadonlySet<string> {
  if (stop) return stop;
  const keep = new Set(readLines('stopwords/keep.txt').map((w) => normalizeText(w, 'morph')));
  stop = new Set(readLines('stopwords/ar.txt').map((w) => normalizeText(w, 'morph')).filter((w) => !keep.has(w)));
  return stop;
}

const ARABIC_WORD = /^[\p{Script=Arabic}\p{M}]+$/u;
const stripAl = (fold: string): string => (fold.startsWith('ال') && fold.length > 3 ? fold.slice(2) : fold);

/** A word that can be a counted noun. */
function nounLike(t: QToken | undefined, ctx: UnitContext): t is QToken {
  if (!t || t.kind !== 'word' || !ARABIC_WORD.test(t.raw)) return false;
  const f = t.fold;
  if (ctx.stopwords.has(normalizeText(t.raw, 'morph')) || ctx.cues.notUnit.has(f) || ctx.numbers.has(f) || ctx.months.first.has(f) || ctx.cues.hourAfter.has(f) || ctx.cues.yearAfter.has(f)) return false;
  if (ctx.cues.post.has(f) || ctx.cues.percent.has(f)) return false;
  return !f.startsWith('و') || ctx.cues.wNoun.has(f);
}

/** The noun as written, harakat and tatweel off, and the alef of tanween of an accusative («قتيلاً», «25 قتيلا», «40 مدنياً»; not the plural «ضحايا»). */
export function unitSurface(t: QToken, value: number | null): string {
  const s = normalizeText(t.raw, { diacritics: true, tatweel: true });
  const accusative = t.raw.includes('\u064B') || (value !== null && Number.isInteger(value) && value % 100 >= 11);
  return accusative && s.length >= 4 && s.endsWith('ا') && !s.endsWith('ايا') && !s.endsWith('اا') ? s.slice(0, -1) : s;
}

/** The unit at token `j`, and the token after it; null when none. */
export function readUnit(toks: readonly QToken[], j: number, value: number | null, ctx: UnitContext): { unit: string | null; to: number } | null {
  const t = toks[j];
  if (!t || t.fold === '\n') return null;
  const named = ctx.cues.units.get(t.fold) ?? (t.kind === 'word' ? ctx.cues.units.get(stripAl(t.fold)) : undefined);
  if (named) return { unit: named, to: j + 1 };
  // «مليون ونصف المليون أسرة»: the scale repeated with the article belongs to the number.
  if (t.kind === 'word' && t.fold.startsWith('ال') && ctx.numbers.has(t.fold.slice(2))) {
    const after = readUnit(toks, j + 1, value, ctx);
    return after ?? { unit: null, to: j + 1 };
  }
  if (ctx.cues.of.has(t.fold)) {
    // «العشرات من القتلى»: «من» and a definite noun.
    const n = toks[j + 1];
    if (nounLike(n, ctx) && n.fold.startsWith('ال')) return { unit: ctx.cues.units.get(stripAl(n.fold)) ?? unitSurface(n, null), to: j + 2 };
    return null;
  }
  return nounLike(t, ctx) ? { unit: unitSurface(t, value), to: j + 1 } : null;
}
