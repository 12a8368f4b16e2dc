/** A paragraph of text, as a dump's segmenter sees one: a line of PARAGRAPH_WORDS words, or a sentence of SENTENCE_WORDS. */
import { countWords } from '../../text/count-words.js';

export const PARAGRAPH_WORDS = 25;
export const SENTENCE_WORDS = 12;
const SENTENCE_END = /[.!؟?]["»”)]?$/u;

/** Whether `line` (trimmed) is as long as a paragraph, or a sentence of some length. */
export function isParagraphLine(line: string): boolean {
  const n = countWords(line, PARAGRAPH_WORDS);
  return n >= PARAGRAPH_WORDS || (n >= SENTENCE_WORDS && SENTENCE_END.test(line));
}
