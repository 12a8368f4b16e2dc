/** Splits a page-text dump into article blocks: articles are separated by runs of blank lines. */
import type { ArticleSpan } from '../article.js';
import { dumpLines, type DumpLine } from './dump-lines.js';

export interface DumpBlock extends ArticleSpan {
  lines: DumpLine[];
}

/**
 * Article blocks of a dump. Inside an article parts are separated by at most one blank line;
 * two or more blank lines start a new article (the layout scrapers produce from news pages).
 */
export function segmentDump(text: string, minBlankRun = 2): DumpBlock[] {
  const blocks: DumpBlock[] = [];
  let current: DumpLine[] = [];
  const flush = (): void => {
    if (current.length) blocks.push({ start: current[0]!.start, end: current[current.length - 1]!.end, lines: current });
    current = [];
  };
  for (const line of dumpLines(text)) {
    if (line.blanksBefore >= minBlankRun) flush();
    current.push(line);
  }
  flush();
  return blocks;
}
