/**
 * The words and marks of a text as the quote finder walks them: each with its span, its search form,
 * and its sentence. A word is a run of letters, marks and digits (tatweel included: «لـ» is one
 * word); any other non-space character is a mark of its own («، : « » .»).
 */
import { splitSentences } from '../text/sentences.js';
import { fold } from './cues.js';

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

const WORD = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function quoteWords(text: string): QWord[] {
  const sentences = splitSentences(text);
  const out: QWord[] = [];
  let s = 0;
  let lastEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (s < sentences.length - 1 && start >= sentences[s]!.end) s++;
    const gap = text.slice(lastEnd, start);
    out.push({ start, end, fold: fold(m[0]), word: /[\p{L}\p{N}]/u.test(m[0]), sentence: s, paraStart: out.length === 0 || gap.includes('\n') });
    lastEnd = end;
  }
  return out;
}
