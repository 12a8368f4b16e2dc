/**
 * Finds the quantities of a text: numbers and counts with their approximation, bound, range and
 * counted noun. One left-to-right walk over the tokens; at each token, in order:
 *   1. a cue before the number: «قرابة», «أكثر من», «بين», «من» (clitic allowed: «بنحو»);
 *   2. the number phrase (read-number.ts): «200», «خمسة وعشرين», «1.5 مليار», «العشرات»;
 *   3. a range: «بين 10 و20», «من 10 إلى 20», «10-20»;
 *   4. the not-a-quantity rules (not-quantity.ts): dates, times, years, labels, phones, ordinals;
 *   5. percent («20 في المئة») or the counted noun (unit.ts);
 *   6. a cue after it: «على الأقل», «تقريباً».
 * A counted dual alone («قتيلين», «يومين», «سيارتان») is a count of two.
 */
import { defaultQuantityCues, type Phrase, type PhraseIndex, type QuantityCues } from './cues.js';
import { lexiconDual } from './lexicon-duals.js';
import { defaultMonthWords, type MonthWords } from './month-words.js';
import { notQuantity, yearLike } from './not-quantity.js';
import { defaultNumberWords, type NumberLexicon } from './number-words.js';
import type { Quantity } from '../core/quantity-schema.js';
import { readNumber, type NumberRead } from './read-number.js';
import type { DocToken } from '../core/document.js';
import { quantityTokens, quantityTokensOf, rawPrefixLength, splitProclitic, type QToken } from './tokens.js';
import { readUnit, unitStopwords, type UnitContext } from './unit.js';

/** The resources the finder reads; each defaults to the shipped data file. */
export interface FindQuantitiesOptions {
  numbers?: NumberLexicon;
  cues?: QuantityCues;
  /** Words that are no counted noun, in the `morph` form (default: the stopword list). */
  stopwords?: ReadonlySet<string>;
  months?: MonthWords;
  /** The text's tokens, where the caller has them (an analysed document): the finder reads them instead of cutting the text again. */
  tokens?: readonly DocToken[];
}

interface Ctx extends UnitContext {
  text: string;
  toks: readonly QToken[];
}

/** A phrase at token `i`, the first word possibly with a proclitic: its tokens' end and its start offset. */
function matchPhrase<K extends string>(toks: readonly QToken[], i: number, index: PhraseIndex<K>, clitic: boolean): { kind: K; to: number; start: number } | null {
  const t = toks[i];
  if (!t) return null;
  const direct = index.get(t.fold);
  if (direct) {
    const m = matchRest(toks, i, direct);
    if (m) return { kind: m.kind, to: m.to, start: t.start };
  }
  if (!clitic || t.kind !== 'word') return null;
  // A two-letter rest only opens a phrase of several words: «بما يزيد على».
  const split = splitProclitic(t.fold, (rest) => index.has(rest), 2);
  const m = split ? matchRest(toks, i, index.get(split.rest)!) : null;
  if (!m || !split || (split.rest.length < 3 && m.to - i < 2)) return null;
  return { kind: m.kind, to: m.to, start: t.start + rawPrefixLength(t.raw, split.letters) };
}

/** The first (longest) phrase whose words after the first follow token `i`. */
function matchRest<K extends string>(toks: readonly QToken[], i: number, phrases: ReadonlyArray<Phrase<K>>): { kind: K; to: number } | null {
  for (const p of phrases) {
    let k = 1;
    while (k < p.words.length && toks[i + k]?.fold === p.words[k]) k++;
    if (k === p.words.length) return { kind: p.kind, to: i + k };
  }
  return null;
}

const ARABIC_WORD = /^[\p{Script=Arabic}\p{M}]+$/u;

const isWa = (t: QToken | undefined): boolean => t?.kind === 'word' && t.fold === 'و';

/** The second number of a range after «و», «إلى» or «-», or null. */
function rangeEnd(ctx: Ctx, r: NumberRead, pre: string | null): NumberRead | null {
  const { toks, cues, numbers } = ctx;
  let k = r.to;
  const t = toks[k];
  if (!t) return null;
  if (pre === 'between') {
    if (isWa(t)) k++;
    else if (!(t.kind === 'word' && t.fold.startsWith('و'))) return null;
  } else if (pre === 'from') {
    if (t.kind !== 'word' || !cues.to.has(t.fold)) return null;
    k++;
  } else if (r.digits && t.raw === '-' && t.glued && toks[k + 1]?.kind === 'num' && toks[k + 1]!.glued) k++;
  else return null;
  const end = readNumber(toks, k, numbers, cues.notNumber);
  return end && end.low >= r.low * (r.scale === 1 ? end.scale : 1) && end.high > r.high ? end : null;
}

/** The quantity at token `i`, and the token to go on from; null when none starts here. */
function quantityAt(ctx: Ctx, i: number): { q: Quantity | null; next: number } | null {
  const { toks, cues, numbers } = ctx;
  const pre = matchPhrase(toks, i, cues.pre, true);
  const r = readNumber(toks, pre ? pre.to : i, numbers, cues.notNumber);
  if (!r && (pre?.kind === 'between' || pre?.kind === 'from')) return null;
  let unit: string | null = null;
  let to: number;
  let start: number;
  let low: number;
  let high: number;
  let vague = false;
  if (!r) {
    // «قتيلين», «بيومين», «نحو عامين»: a counted dual.
    const at = pre ? pre.to : i;
    const t = toks[at];
    if (!t) return null;
    // Listed duals first, then those the lexicon proves («سيارتان», «حادثين»).
    const dual = (w: string): string | undefined => cues.duals.get(w) ?? (ARABIC_WORD.test(t.raw) ? lexiconDual(w) ?? undefined : undefined);
    let name = t.kind === 'word' ? dual(t.fold) : undefined;
    start = pre ? pre.start : t.start;
    if (t.kind === 'word' && !name && !pre) {
      const split = splitProclitic(t.fold, (rest) => dual(rest) !== undefined);
      if (split) [name, start] = [dual(split.rest), t.start + rawPrefixLength(t.raw, split.letters)];
    }
    if (!name) return null;
    [unit, to, low, high] = [name, at + 1, 2, 2];
    // «جنديين اثنين»: the number after the dual only stresses it.
    const two = readNumber(toks, to, numbers, cues.notNumber);
    if (two && two.low === 2 && two.high === 2 && two.words) to = two.to;
  } else {
    const end = rangeEnd(ctx, r, pre?.kind ?? null);
    if (!end && (pre?.kind === 'between' || pre?.kind === 'from')) {
      // «من 200» with no «إلى»: the «من» is no cue; the walk reads the number on its own.
      return { q: null, next: i + 1 };
    }
    const why = notQuantity(toks, r, ctx) ?? (end ? notQuantity(toks, end, ctx) : null);
    if (why || (end && yearLike(r) && yearLike(end))) return { q: null, next: (end ?? r).to };
    start = pre ? pre.start : r.start;
    to = (end ?? r).to;
    // «بين 10 و20 مليون»: the scale of the second number holds for the first.
    [low, high, vague] = [end && r.scale === 1 && !r.vague ? r.low * end.scale : r.low, (end ?? r).high, r.vague];
    if (end) vague = false;
    const percent = matchPhrase(toks, to, cues.percent, false);
    if (percent) [unit, to] = ['%', percent.to];
    else {
      // «العشرات من العناصر», but «رصدنا هرب العشرات أخيراً», «بالمئات ليستقروا»: a vague count with
      // the article counts a noun through «من» only (else «عشرات المقاتلين», without the article).
      const count = /^[وف]?[بلك]?ال(.+)$/u.exec(toks[r.to - 1]?.fold ?? '');
      const definite = r.vague && !end && count !== null && numbers.has(count[1]!);
      const u = definite && !cues.of.has(toks[to]?.fold ?? '') ? null : readUnit(toks, to, end ? high : low === high ? low : null, ctx);
      if (u) [unit, to] = [u.unit, u.to];
    }
  }
  const post = matchPhrase(toks, to, cues.post, false);
  if (post) to = post.to;
  const cue = pre?.kind ?? post?.kind ?? null;
  const end = toks[to - 1]!.end;
  const text = ctx.text.slice(start, end);
  return {
    q: {
      text,
      start,
      end,
      value: low === high ? low : null,
      range: low === high ? null : [low, high],
      approx: vague || cue === 'approx' || cue === 'min' || cue === 'max' || post !== null,
      unit,
      bound: cue === 'min' || cue === 'max' ? cue : post?.kind === 'min' || post?.kind === 'max' ? post.kind : null,
    },
    next: to,
  };
}

/** The quantities of `text`, in order, never overlapping; spans are offsets into `text` itself. */
export function findQuantities(text: string, options: FindQuantitiesOptions = {}): Quantity[] {
  const toks = options.tokens ? quantityTokensOf(text, options.tokens) : quantityTokens(text);
  const ctx = {
    text,
    toks,
    numbers: options.numbers ?? defaultNumberWords(),
    cues: options.cues ?? defaultQuantityCues(),
    stopwords: options.stopwords ?? unitStopwords(),
    months: options.months ?? defaultMonthWords(),
  };
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    const found = quantityAt(ctx, i);
    if (found?.q) out.push(found.q);
    i = found && found.next > i ? found.next : i + 1;
  }
  return out;
}
