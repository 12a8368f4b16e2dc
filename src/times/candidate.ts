/** What a rule finds: a run of tokens with its meaning, before it becomes a {@link TimeExpression}. */
import type { Grain, Relation } from '../core/time-schema.js';
import type { TimeWords } from './time-words.js';
import type { Token } from './tokens.js';

/** A rule's match. */
export interface Candidate {
  /** The tokens of the span, `from` to `to` (exclusive); a cue before `from` may have been read. */
  from: number;
  to: number;
  /** Letters of the first token left out of the span (its clitics). */
  skip: number;
  grain: Grain;
  relative: boolean;
  /** For relative expressions; the value then comes from it and the reference date. */
  relation: Relation | null;
  /** The value of an expression without a relation: fixed, or computed from the reference day (dates that lack their year). */
  value: string | null | ((ref: number) => string | null);
  /**
   * A month-name date that lacks its year («25 تشرين الأول», «مايو»): a year written in a date
   * before it in the same sentence is its year («في 1 تشرين الأول 2019، ثم في 25 تشرين الأول»).
   */
  yearless?: { m: number; d: number | null };
}

/** What the rules read. */
export interface Context {
  toks: readonly Token[];
  words: TimeWords;
}

/** A rule: the candidate that starts at token `i` (its span may start later, after a cue), or null. */
export type Rule = (ctx: Context, i: number) => Candidate | null;
