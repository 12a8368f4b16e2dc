/**
 * Photo captions an export prints after a record's text: the text's paragraphs follow one another
 * line after line, and then, each after a blank line, short lines that close no sentence («الكشافة
 * السعودية في الماضي», «مشاركون في معسكر اليابان»). The change of layout is the evidence: a poem's
 * verses, or a text whose paragraphs are all blank-separated, keep their last lines.
 */
import { countWords } from '../../text/count-words.js';
import type { LineVerdict } from '../chrome/judge-lines.js';

const MAX_WORDS = 12;
/** The text before the captions: at least this many paragraphs, in a row without blank lines … */
const MIN_BODY_LINES = 4;
/** … and a paragraph of at least this many words right before them. */
const PARAGRAPH_WORDS = 15;
const CLOSED = /[.!؟?:،,؛]["»”)]?$/u;

const words = (line: string): number => countWords(line);

/**
 * The indexes of the caption lines that close the record (empty when there are none). `blankBefore[i]`:
 * whether a blank line comes before line i in the record.
 */
export function tailCaptions(lines: readonly string[], verdicts: ReadonlyArray<LineVerdict | null>, blankBefore: readonly boolean[]): number[] {
  // Chrome may close the record after the captions: it is passed over.
  let end = lines.length;
  while (end > 0 && verdicts[end - 1]) end--;
  let from = end;
  while (from > 0 && !verdicts[from - 1] && blankBefore[from - 1] && words(lines[from - 1]!) <= MAX_WORDS && !CLOSED.test(lines[from - 1]!)) from--;
  if (from === end || from < MIN_BODY_LINES || verdicts[from - 1] || words(lines[from - 1]!) < PARAGRAPH_WORDS) return [];
  // The text's own paragraphs follow one another with no blank line between them.
  for (let i = from - MIN_BODY_LINES + 1; i < from; i++) if (blankBefore[i] || verdicts[i]) return [];
  return Array.from({ length: end - from }, (_, k) => from + k);
}
