/**
 * Splits a page-text dump into article blocks. Scrapers separate articles by a run of blank lines,
 * but the run inside an article can be as long: a gap of three or more blank lines always starts a
 * new article; a gap of two does when what follows opens like an article (past any chrome, a
 * headline-like line: short, not closed like a sentence) and what precedes holds a body.
 */
import type { ArticleSpan } from '../article.js';
import { classifyLine } from '../chrome/classify-line.js';
import { countWords } from '../../text/count-words.js';
import { dumpLines, type DumpLine } from './dump-lines.js';

export interface DumpBlock extends ArticleSpan {
  lines: DumpLine[];
}

/** A gap this long always separates articles. */
export const ARTICLE_GAP = 3;
/** A line of at least this many words, or a sentence, is body text (a block without one is no article yet). */
const BODY_WORDS = 15;
const HEADLINE_WORDS = 25;

const words = (s: string): number => countWords(s, HEADLINE_WORDS + 1);

function opensArticle(text: string, lines: readonly DumpLine[], from: number): boolean {
  for (let i = from; i < lines.length && i < from + 8; i++) {
    const line = text.slice(lines[i]!.start, lines[i]!.end);
    if (i > from && lines[i]!.blanksBefore >= 2) return false;
    if (classifyLine(line)) continue;
    return words(line) <= HEADLINE_WORDS && !/[.!؟?:،,؛]["»”)]?$/u.test(line);
  }
  return false;
}

/** Article blocks of a dump (see the module comment). */
export function segmentDump(text: string, minBlankRun = 2): DumpBlock[] {
  const blocks: DumpBlock[] = [];
  const lines = dumpLines(text);
  let current: DumpLine[] = [];
  let hasBody = false;
  // The first line of an article that is no chrome is its headline («الخوارج والفكر الداعشي!»), never its body.
  let headlineSeen = false;
  const flush = (): void => {
    if (current.length) blocks.push({ start: current[0]!.start, end: current[current.length - 1]!.end, lines: current });
    current = [];
    hasBody = false;
    headlineSeen = false;
  };
  lines.forEach((line, i) => {
    const gap = line.blanksBefore;
    if (current.length && (gap >= Math.max(ARTICLE_GAP, minBlankRun) || (gap >= minBlankRun && hasBody && opensArticle(text, lines, i)))) flush();
    current.push(line);
    const s = text.slice(line.start, line.end);
    const n = words(s);
    const closed = n >= 2 && /[.!؟?]["»”)]?$/u.test(s);
    if (!headlineSeen && n < BODY_WORDS && !classifyLine(s)) headlineSeen = true;
    else if (n >= BODY_WORDS || (closed && !classifyLine(s))) hasBody = true;
  });
  flush();
  return blocks;
}
