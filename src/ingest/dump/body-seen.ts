/**
 * Whether the lines of an article block seen so far hold its body: the first short line that is no
 * chrome is its headline («الخوارج والفكر الداعشي!»), never its body; after it, a line of
 * BODY_WORDS words, or a sentence that is no chrome, is body. An article block goes on until it
 * has a body: the segmenter and the streaming splitter both ask this before cutting at a gap.
 */
import { classifyLine } from '../chrome/classify-line.js';
import { countWords } from '../../text/count-words.js';

const BODY_WORDS = 15;
const CLOSED = /[.!؟?]["»”)]?$/u;

export class BodySeen {
  headline = false;
  body = false;

  reset(): void {
    this.headline = false;
    this.body = false;
  }

  /** Counts one trimmed line of the block; `kind`: its chrome kind, when the caller has classified it already. */
  see(line: string, kind?: string | null): void {
    if (this.body) return;
    const n = countWords(line, BODY_WORDS);
    const closed = n >= 2 && CLOSED.test(line);
    const chrome = (): boolean => !!(kind === undefined ? (kind = classifyLine(line)) : kind);
    if (!this.headline && n < BODY_WORDS && !chrome()) this.headline = true;
    else if (n >= BODY_WORDS || (closed && !chrome())) this.body = true;
  }
}
