/**
 * The words and marks of a document as the quote finder walks them, read from its tokens: each
 * with its span, its search form, and its sentence. Letters and digits written together are one
 * word («الـ51», «عبدالله»: the scanner's pieces joined again); a run of tatweel used as a dash
 * («ــ») is a word with no letters; every other mark is one of its own («، : « » .»).
 */
import type { DocToken } from '../core/document.js';
import type { TokenKind } from '../core/types.js';

export interface QWord {
  start: number;
  end: number;
  /** Search form (harakat gone, alef, ى and ة folded). */
  fold: string;
  /** A letter-or-digit word (false for punctuation and quotation marks). */
  word: boolean;
  /** Index of its sentence in the text. */
  sentence: number;
  /** The first word of a paragraph (after a line break or at the start). */
  paraStart: boolean;
}

const MARKS: ReadonlySet<TokenKind> = new Set(['punct', 'quote', 'symbol']);

export function quoteWords(tokens: readonly DocToken[]): QWord[] {
  const out: QWord[] = [];
  let prev: QWord | undefined;
  for (const t of tokens) {
    const word = !MARKS.has(t.kind);
    if (prev?.word && word && prev.end === t.start) {
      prev.end = t.end;
      prev.fold += t.key;
      continue;
    }
    prev = { start: t.start, end: t.end, fold: t.key, word, sentence: t.sentence, paraStart: out.length === 0 || t.breakBefore };
    out.push(prev);
  }
  return out;
}
