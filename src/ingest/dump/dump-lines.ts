/** The lines of a page-text dump, with spans and the blank lines before them. */
import type { ArticleSpan } from '../article.js';

/** One non-blank line: its span (trimmed of white space) and how many blank lines preceded it. */
export interface DumpLine extends ArticleSpan {
  blanksBefore: number;
}

const BLANK = /^[\s\u200B-\u200F\u2060\uFEFF]*$/u;

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
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      out.push({ start: at + lead, end: nl - trail, blanksBefore: blanks });
      blanks = 0;
    }
    at = nl + 1;
  }
  return out;
}
