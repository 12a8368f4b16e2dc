/** The lines of a page-text dump, with spans and the blank lines before them. */
import { isSpaceUnit } from '../../text/count-words.js';
import type { ArticleSpan } from '../../core/article.js';

/** One non-blank line: its span (trimmed of white space) and how many blank lines preceded it. */
export interface DumpLine extends ArticleSpan {
  blanksBefore: number;
}

const BLANK = /^[\s\u200B-\u200F\u2060\uFEFF]*$/u;
/** White space, or a mark a page leaves invisible at a line's ends. */
const isEdge = (c: number): boolean => (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || isSpaceUnit(c);

/** Splits text into trimmed non-blank lines, counting the blank lines between them. */
export function dumpLines(text: string, from = 0, to = text.length): DumpLine[] {
  const out: DumpLine[] = [];
  let blanks = 0;
  let at = from;
  while (at < to) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > to) nl = to;
    const raw = text.slice(at, nl);
    if (BLANK.test(raw)) blanks++;
    else {
      // Trimmed of white space and of the invisible marks a page leaves at a line's ends (U+200F …):
      // a line that opens with one is classified, and chosen as a headline, by what is visible.
      let lead = 0;
      while (lead < raw.length && isEdge(raw.charCodeAt(lead))) lead++;
      let trail = 0;
      while (trail < raw.length - lead && isEdge(raw.charCodeAt(raw.length - 1 - trail))) trail++;
      out.push({ start: at + lead, end: nl - trail, blanksBefore: blanks });
      blanks = 0;
    }
    at = nl + 1;
  }
  return out;
}
