/**
 * Reads one number phrase from the tokens: a numeral, number words, or both, with its multiplier.
 * «خمسة وعشرين» 25 · «مئة وخمسون ألفاً» 150000 · «ثلاثة آلاف وخمسمئة» 3500 · «3 ملايين» 3000000 ·
 * «1.5 مليار» 1500000000 · «نصف مليون» 500000 · «مليون ونصف» 1500000 · «عشرات الآلاف» 20000–99999.
 * Words are collected first, then read by a small state machine that stops at the first word which
 * does not continue the number (so «بين ثلاثة وخمسة» reads 3, leaving «وخمسة» for the range).
 */
import type { NumberLexicon, NumberKind, NumberWord } from './number-words.js';
import { readDigits, type Digits } from './read-digits.js';
import { isBareClitic, rawPrefixLength, splitProclitic, type QToken } from './tokens.js';

/** A number phrase: tokens [from, to), its text from `start` (after a clitic) to `end`. */
export interface NumberRead {
  from: number;
  to: number;
  start: number;
  end: number;
  low: number;
  high: number;
  /** A vague count («العشرات», «آلاف»): low < high. */
  vague: boolean;
  /** The numeral when the phrase is one numeral alone (for the date, year and phone rules). */
  digits: Digits | null;
  /** The smallest multiplier the phrase applied («20 مليون» 1000000, «3500» 1). */
  scale: number;
  /** The phrase is number words only, no numeral. */
  words: boolean;
}

interface Item {
  readings: readonly NumberWord[];
  digits: Digits | null;
  /** Joined to what comes before by «و». */
  wa: boolean;
  from: number;
  to: number;
  start: number;
}

/** Longest number phrase we read: «مليون وثلاثمئة وخمسة وعشرون ألفاً وخمسمئة» is 8 items. */
const MAX_ITEMS = 12;

/** The reading of `kind` of an item, if it has one. */
function reading(it: Item, kind: NumberKind): NumberWord | undefined {
  for (const x of it.readings) if (x.kind === kind) return x;
  return undefined;
}

const isWa = (t: QToken | undefined): boolean => t !== undefined && t.kind === 'word' && t.fold === 'و';

/**
 * The number item at token `j`, or null: a numeral or a number word, with the «و» that joins it to
 * the item before (`first`: a clitic is skipped instead, «بثلاثة», «بـ20»). Items are read one at a
 * time, as the state machine asks for them, so a long run of number words stays linear.
 */
function itemAt(toks: readonly QToken[], j: number, first: boolean, lex: NumberLexicon, notNumber: ReadonlySet<string>): Item | null {
  let wa = false;
  let k = j;
  // «و 20», «و20»: a separate «و» before a number; «بـ20»: a clitic glued to the first numeral.
  if ((isWa(toks[k]) && !first) || (first && toks[k] && isBareClitic(toks[k]!) && toks[k + 1]?.kind === 'num' && toks[k + 1]!.glued)) {
    wa = !first;
    k++;
  }
  const t = toks[k];
  if (!t) return null;
  if (t.kind === 'num') {
    const d = readDigits(t.raw);
    return d ? { readings: [], digits: d, wa, from: j, to: k + 1, start: t.start } : null;
  }
  if (t.kind !== 'word' || notNumber.has(t.fold)) return null;
  let readings = lex.get(t.fold);
  let start = t.start;
  // «وأحد» folds to «واحد»: after a number, or before «عشر», it is و + «أحد».
  const afterWa = !wa && t.fold.startsWith('و') ? lex.get(t.fold.slice(1)) : undefined;
  if (readings && afterWa && (!first || (afterWa.some(isTeenHead) && toks[k + 1]?.kind === 'word' && lex.get(toks[k + 1]!.fold)?.some(isTeenTail)))) readings = undefined;
  if (!readings && !wa && first) {
    // «بثلاثة», «لخمسة», «وثلاثة» at the start: the clitic is left out of the span.
    const split = splitProclitic(t.fold, (rest) => lex.has(rest) && !notNumber.has(rest));
    if (split) [readings, start] = [lex.get(split.rest), t.start + rawPrefixLength(t.raw, split.letters)];
  } else if (!readings && !wa && afterWa) {
    // «وعشرين» joins the number before it.
    [readings, start, wa] = [afterWa, t.start + rawPrefixLength(t.raw, 1), true];
  }
  return readings ? { readings, digits: null, wa, from: j, to: k + 1, start } : null;
}

const isTeenHead = (x: NumberWord): boolean => x.kind === 'teen-head';
const isTeenTail = (x: NumberWord): boolean => x.kind === 'teen-tail';

/** The reading so far when the phrase stops here: items used, value or range. */
interface Good {
  used: number;
  scale: number;
  low: number;
  high: number;
  vague: boolean;
}

type State = 'start' | 'one' | 'teenHead' | 'teen' | 'ten' | 'hundred' | 'scale' | 'digits' | 'fraction' | 'vague' | 'done';

/** Reads the number phrase at token `i`, or null when there is none. */
export function readNumber(toks: readonly QToken[], i: number, lex: NumberLexicon, notNumber: ReadonlySet<string> = new Set()): NumberRead | null {
  const head = itemAt(toks, i, true, lex, notNumber);
  if (!head) return null;
  const items: Item[] = [];
  let state: State = 'start';
  let total = 0;
  let group = 0;
  let groupDigits: Digits | null = null;
  let lastScale = Infinity;
  let fraction = 0;
  let low = 0;
  let high = 0;
  let good: Good | null = null;
  let groupAfterScale: { good: Good | null } | null = null;
  const exact = (used: number): void => {
    good = { used, scale: Number.isFinite(lastScale) && group === 0 ? lastScale : 1, low: total + group, high: total + group, vague: false };
  };
  // Multiplies the current group by a scale word: «ثلاثمئة ألف», «1.5 مليار».
  const multiply = (s: number): boolean => {
    if (group <= 0 || s >= lastScale) return false;
    const part = groupDigits ? (groupDigits.mantissa * s) / groupDigits.scale : group * s;
    if (total > 0 && part >= lastScale) return false;
    total += part;
    group = 0;
    groupDigits = null;
    lastScale = s;
    return true;
  };

  for (let k = 0, j = i; k < MAX_ITEMS; k++) {
    const it = k === 0 ? head : itemAt(toks, j, false, lex, notNumber);
    if (!it) break;
    const wa = k > 0 && it.wa;
    const unit = group % 100;
    let next: State | null = null;
    if (state === 'start') {
      if (it.digits) [group, groupDigits, next] = [it.digits.value, it.digits, 'digits'];
      else if (reading(it, 'vague')) [low, high, next] = [reading(it, 'vague')!.value, reading(it, 'vague')!.high, 'vague'];
      else if (reading(it, 'one')) [group, next] = [reading(it, 'one')!.value, 'one'];
      else if (reading(it, 'teen-head')) [group, next] = [reading(it, 'teen-head')!.value, 'teenHead'];
      else if (reading(it, 'ten')) [group, next] = [reading(it, 'ten')!.value, 'ten'];
      else if (reading(it, 'hundred')) [group, next] = [reading(it, 'hundred')!.value, 'hundred'];
      else if (reading(it, 'scale')) [total, lastScale, next] = [reading(it, 'scale')!.value, reading(it, 'scale')!.value, 'scale'];
      else if (reading(it, 'scale-dual')) [total, lastScale, next] = [2 * reading(it, 'scale-dual')!.value, reading(it, 'scale-dual')!.value, 'scale'];
      else if (reading(it, 'fraction')) [fraction, next] = [reading(it, 'fraction')!.value, 'fraction'];
    } else if (state === 'one') {
      if (!wa && reading(it, 'teen-tail') && unit >= 3 && unit <= 9) [group, next] = [group + 10, 'teen'];
      else if (!wa && reading(it, 'hundred')?.value === 100 && group >= 3 && group <= 9) [group, next] = [group * 100, 'hundred'];
      else if (wa && reading(it, 'ten') && unit >= 1 && unit <= 9) [group, next] = [group + reading(it, 'ten')!.value, 'ten'];
      else if (!wa && reading(it, 'scale-plural') && unit >= 3 && unit <= 10 && multiply(reading(it, 'scale-plural')!.value)) next = 'scale';
      else if (!wa && reading(it, 'scale') && multiply(reading(it, 'scale')!.value)) next = 'scale';
    } else if (state === 'teenHead') {
      if (!wa && reading(it, 'teen-tail')) [group, next] = [group + 10, 'teen'];
    } else if (state === 'teen' || state === 'ten') {
      if (!wa && reading(it, 'scale') && multiply(reading(it, 'scale')!.value)) next = 'scale';
    } else if (state === 'hundred') {
      if (wa && unit === 0 && reading(it, 'one')) [group, next] = [group + reading(it, 'one')!.value, 'one'];
      else if (wa && unit === 0 && reading(it, 'teen-head')) [group, next] = [group + reading(it, 'teen-head')!.value, 'teenHead'];
      else if (wa && unit === 0 && reading(it, 'ten')) [group, next] = [group + reading(it, 'ten')!.value, 'ten'];
      else if (!wa && reading(it, 'scale') && multiply(reading(it, 'scale')!.value)) next = 'scale';
    } else if (state === 'scale') {
      if (wa && it.digits && it.digits.value < lastScale) [group, groupDigits, next] = [it.digits.value, it.digits, 'digits'];
      else if (wa && reading(it, 'fraction')) [total, next] = [total + reading(it, 'fraction')!.value * lastScale, 'done'];
      else if (wa && reading(it, 'one')) [group, next] = [reading(it, 'one')!.value, 'one'];
      else if (wa && reading(it, 'teen-head')) [group, next] = [reading(it, 'teen-head')!.value, 'teenHead'];
      else if (wa && reading(it, 'ten')) [group, next] = [reading(it, 'ten')!.value, 'ten'];
      else if (wa && reading(it, 'hundred')) [group, next] = [reading(it, 'hundred')!.value, 'hundred'];
      else if (wa && reading(it, 'scale') && reading(it, 'scale')!.value < lastScale) [total, lastScale, next] = [total + reading(it, 'scale')!.value, reading(it, 'scale')!.value, 'scale'];
      else if (wa && reading(it, 'scale-dual') && reading(it, 'scale-dual')!.value < lastScale) [total, lastScale, next] = [total + 2 * reading(it, 'scale-dual')!.value, reading(it, 'scale-dual')!.value, 'scale'];
    } else if (state === 'digits') {
      const s = reading(it, 'scale') ?? reading(it, 'scale-plural');
      if (!wa && s && multiply(s.value)) next = 'scale';
    } else if (state === 'fraction') {
      const s = reading(it, 'scale');
      if (!wa && s) [total, lastScale, next] = [Math.round(fraction * s.value), s.value, 'scale'];
    } else if (state === 'vague') {
      // «عشرات الآلاف» → 20000–99999: the high end is one less than the next vague count.
      const s = reading(it, 'scale-plural');
      if (!wa && s) [low, high, next] = [low * s.value, (high + 1) * s.value - 1, 'done'];
    }
    if (next === null) {
      // «ألفين وعشرة آلاف»: a scale too big for the group after «و» starts a new number there.
      if (groupAfterScale && (reading(it, 'scale') || reading(it, 'scale-plural') || reading(it, 'scale-dual'))) good = groupAfterScale.good;
      break;
    }
    if (state === 'scale' && wa && next !== 'scale' && next !== 'done') groupAfterScale = { good };
    state = next;
    items.push(it);
    j = it.to;
    if (state === 'vague' || (state === 'done' && low < high)) good = { used: k + 1, scale: 1, low, high, vague: true };
    else if (state !== 'teenHead' && state !== 'fraction') exact(k + 1);
  }
  const g = good as Good | null;
  if (!g) return null;
  const used = items.slice(0, g.used);
  // «واحد» alone is «one and the same» or «one of» as often as a count.
  if (used.length === 1 && !used[0]!.digits && used[0]!.readings.some((x) => x.kind === 'one' && x.value === 1)) return null;
  const last = used[used.length - 1]!;
  return {
    from: used[0]!.from,
    to: last.to,
    start: used[0]!.start,
    end: toks[last.to - 1]!.end,
    low: g.low,
    high: g.high,
    vague: g.vague,
    scale: g.scale,
    digits: used.length === 1 ? used[0]!.digits : null,
    words: used.every((u) => !u.digits),
  };
}
