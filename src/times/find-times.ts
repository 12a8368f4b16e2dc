/**
 * Finds the time expressions of a text: folds it and cuts it into tokens (tokens.ts), tries the
 * rules (rules/index.ts) at each token, keeps the longest match and goes on after it, then maps
 * each span back to the original text and resolves its value against the reference date.
 * Linear in the text: a word that starts no listed phrase is passed over with one look-up.
 */
import { RasdError } from '../errors.js';
import { toOriginalSpan } from '../text/normalize.js';
import type { Candidate, Context } from './candidate.js';
import { dayNumber, formatDay, formatMonth, isDate, parseDay } from './calendar.js';
import { cliticReadings, phraseAt, type PhraseTable } from './phrase-table.js';
import { resolveRelation } from './resolve.js';
import { RULES } from './rules/index.js';
import type { TimeExpression } from '../core/time-schema.js';
import { defaultTimeWords, type TimeWords } from './time-words.js';
import { SENTENCE_END, tokenize, tokensOf, type Token } from './tokens.js';
import type { DocToken } from '../core/document.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';

export interface FindTimesOptions {
  /** The reference date 'YYYY-MM-DD' (the article's publication day); null or absent: relative expressions stay unresolved. */
  ref?: string | null;
  /** The day weeks start on, 0 Sunday … 6 Saturday, for «الأسبوع الماضي»; Saturday as in most Arab calendars. */
  weekStart?: number;
  /** The vocabulary; the bundled data files by default. */
  words?: TimeWords;
  /** The text's tokens, where the caller has them (an analysed document): read instead of folding and cutting the text again. */
  tokens?: readonly DocToken[];
}

/** The defaults of {@link FindTimesOptions}. */
export const defaultTimeOptions = { ref: null, weekStart: 6 } as const;

const firstWords = new WeakMap<TimeWords, ReadonlySet<string>>();

/** The first words of every listed phrase: a word none of whose readings is one starts no expression. */
function starters(words: TimeWords): ReadonlySet<string> {
  let set = firstWords.get(words);
  if (set) return set;
  const s = new Set<string>();
  for (const table of Object.values(words) as Array<PhraseTable<unknown>>) for (const key of table.map.keys()) s.add(key.split(' ')[0]!);
  firstWords.set(words, (set = s));
  return set;
}

/** The longest candidate of any rule at token `i`. */
function bestAt(ctx: Context, i: number, starts: ReadonlySet<string>): Candidate | null {
  const t = ctx.toks[i]!;
  if (t.kind === 'mark' || (t.kind === 'word' && !cliticReadings(t.text).some(([w]) => starts.has(w)))) return null;
  let best: Candidate | null = null;
  for (const rule of RULES) {
    const c = rule(ctx, i);
    if (c && (!best || c.to > best.to)) best = c;
  }
  return best;
}

/** The time expressions of `text`, in order and without overlaps, each a span of it; see {@link TimeExpression}. */
export function findTimes(text: string, options: FindTimesOptions = {}): TimeExpression[] {
  const ref = options.ref ?? defaultTimeOptions.ref;
  const refDay = ref === null ? null : parseDay(ref);
  if (ref !== null && refDay === null) throw new RasdError('E_OPTION', `ref must be a real day written YYYY-MM-DD, got ${JSON.stringify(ref)}`);
  const weekStart = options.weekStart ?? defaultTimeOptions.weekStart;
  if (!Number.isInteger(weekStart) || weekStart < 0 || weekStart > 6) throw new RasdError('E_OPTION', `weekStart must be a whole number from 0 (Sunday) to 6 (Saturday), got ${weekStart}`);
  const words = options.words ?? defaultTimeWords();
  // The tokens, and where a candidate's span lies in the text: through the folded text's offset
  // map, or straight from a document's tokens (offsets in the text, a clitic skipped by its letters).
  let toks: Token[];
  let original: (from: Token, skip: number, to: Token) => { start: number; end: number };
  if (options.tokens) {
    toks = tokensOf(text, options.tokens);
    original = (from, skip, to) => ({ start: skip ? offsetAfterLetters(text, from.start, from.end, skip) : from.start, end: to.end });
  } else {
    const cut = tokenize(text);
    toks = cut.toks;
    original = (from, skip, to) => toOriginalSpan(cut.folded, from.start + skip, to.end);
  }
  const ctx: Context = { toks, words };
  const starts = starters(words);
  const out: TimeExpression[] = [];
  // The year of the last date written with one in this sentence, for the month dates after it that lack theirs.
  let year: number | null = null;
  let seen = 0;
  for (let i = 0; i < toks.length; ) {
    for (; seen < i; seen++) if (SENTENCE_END.test(toks[seen]!.text)) year = null;
    let c = bestAt(ctx, i, starts);
    // A cue read before the span («في 2015») gives way to what starts at the span, when that is as long.
    if (c && c.from > i) {
      const at = bestAt(ctx, c.from, starts);
      if (at && at.to >= c.to) c = at;
    }
    if (!c) {
      i++;
      continue;
    }
    // «شارع 26 يوليو», «ميدان 23 مارس»: a name, not a time.
    if (c.skip === 0 && c.from > 0 && phraseAt(toks, c.from - 1, words.nameNouns, true)) {
      i = c.to;
      continue;
    }
    const { start, end } = original(toks[c.from]!, c.skip, toks[c.to - 1]!);
    let value = c.relation ? (refDay === null ? null : resolveRelation(c.relation, refDay, weekStart)) : typeof c.value === 'function' ? (refDay === null ? null : c.value(refDay)) : c.value;
    if (c.yearless && year !== null) value = c.yearless.d === null ? formatMonth(year, c.yearless.m) : isDate(year, c.yearless.m, c.yearless.d) ? formatDay(dayNumber(year, c.yearless.m, c.yearless.d)) : value;
    else if (!c.relative && !c.relation && typeof value === 'string' && /^\d{4}-\d{2}/.test(value) && (c.grain === 'day' || c.grain === 'month')) year = Number(value.slice(0, 4));
    out.push({ text: text.slice(start, end), start, end, value, grain: c.grain, relative: c.relative, relation: c.relation });
    i = c.to;
  }
  return out;
}
