/**
 * What the quote finder's stages share: the text's words and marks, its entities, the cues, and
 * the word classes every stage tests («أن», commas, the prepositions of a medium).
 */
import { wordAt } from '../entities/extract-role.js';
import { classify, type RoleContext, type WordClass } from '../entities/role-context.js';
import type { Entity } from '../core/entity-schema.js';
import type { QuoteCues } from './cues.js';
import type { QuoteMarks } from './quote-marks.js';
import type { Speaker, TextSpan } from '../core/quote-schema.js';
import type { QWord } from './words.js';

export interface Context {
  text: string;
  words: QWord[];
  entities: readonly Entity[];
  cues: QuoteCues;
  marks: QuoteMarks[];
  /** Quotation index by the word index of its opening mark. */
  markAt: Map<number, number>;
  /** Speakers found so far, in text order. */
  speakers: Speaker[];
  /** The role each of {@link speakers} was given, at the same index (null when none). */
  speakerRoles: Array<TextSpan | null>;
  /** The medium each of {@link speakers} spoke in, at the same index (null when none): «في تقريرها». */
  speakerMedia: Array<TextSpan | null>;
  /** Words inside each quotation. */
  markWords: Int32Array;
  /** Time expressions of the text («الأسبوع الماضي»): never a speaker. */
  times: ReadonlyArray<{ start: number; end: number }>;
  /** The text prepared for role phrases (src/entities). */
  roles: RoleContext;
}

/** Clause openers of indirect speech, in search form: أن/إن with a pronoun, and with ب. */
export const THAT: ReadonlySet<string> = new Set(
  ['ان', 'انه', 'انها', 'انهم', 'انهما', 'انهن', 'انني', 'اني', 'اننا', 'انا', 'انك', 'انكم'].flatMap((w) => [w, `ب${w}`]),
);
export const COMMAS: ReadonlySet<string> = new Set(['،', ',', '؛', ';']);

/** The agreement a verb form shows: feminine singular, plural, or else masculine singular. */
export type Agreement = 'f' | 'p' | 'm';
/** Relative pronouns, in search form, with the agreement of a verb whose subject they are: «الذي قال», «التي قالت», «الذين قالوا». */
export const RELATIVES: ReadonlyMap<string, Agreement> = new Map([['الذي', 'm'], ['التي', 'f'], ['الذين', 'p']]);

export const span = (text: string, start: number, end: number): TextSpan => ({ text: text.slice(start, end), start, end });

/** The word lies inside a time expression («ليل الأحد», «أمس»). */
export const inTime = (ctx: Context, w: QWord): boolean => ctx.times.some((t) => w.start >= t.start && w.end <= t.end);

/** The role lists' class of the word at offset `start` of a role context («head» for «وزير», «title» for «الدكتور»). */
export const roleKindAt = (roles: RoleContext, start: number): WordClass => classify(roles, wordAt(roles, start)).kind;

/** The role lists' class of a quote word, by its offset. */
export const roleKind = (ctx: Context, w: QWord): WordClass => roleKindAt(ctx.roles, w.start);

/** Word `i` opens a sentence, a paragraph or a clause after a comma. */
export function clauseStart(ctx: Context, i: number): boolean {
  const w = ctx.words[i]!;
  const prev = ctx.words[i - 1];
  return !prev || w.paraStart || prev.sentence !== w.sentence || COMMAS.has(prev.fold) || prev.fold === ':';
}

/** Does phrase `p` (search-form words) start at word `i`? Returns the index after it, or -1. */
export function phraseAt(ctx: Context, i: number, p: readonly string[]): number {
  let j = i;
  for (let k = 0; k < p.length; k++, j++) {
    const w = ctx.words[j];
    if (!w) return -1;
    let f = w.fold;
    // «وبحسب», «ومن جهته»: و/ف on the first word.
    if (k === 0 && f !== p[0] && (f.startsWith('و') || f.startsWith('ف'))) f = f.slice(1);
    // «لـ» and «ل» as the last word of «وفقا ل»: the letter may be joined to the next word.
    if (f !== p[k]) {
      if (k === p.length - 1 && p[k]!.length === 1 && f.startsWith(p[k]!)) return j + 1;
      return -1;
    }
  }
  return j;
}
