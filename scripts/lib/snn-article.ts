// A SaudiNewsNet record as the article Rasd reads (its headline and the content's non-empty lines),
// with a map from offsets into the record's `content` (where the golds point) into the article text.
import { articleText } from '../../src/core/article-text.js';
import { PART_BREAK } from '../../src/core/document.js';
import type { SnnRecord } from './snn-days.js';

export interface SnnArticle {
  text: string;
  headline: string | null;
  paragraphs: string[];
  /** An offset into the record's `content` → the offset of the same character in `text`. */
  toText: (x: number) => number;
}

export function asArticle(rec: SnnRecord): SnnArticle {
  const headline = rec.title?.trim() || null;
  const paragraphs: string[] = [];
  const lineAt: Array<{ content: number; text: number; length: number }> = [];
  let textAt = headline ? headline.length + PART_BREAK.length : 0;
  let from = 0;
  for (const raw of rec.content.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line) {
      lineAt.push({ content: from + lead, text: textAt, length: line.length });
      paragraphs.push(line);
      textAt += line.length + PART_BREAK.length;
    }
    from += raw.length + 1;
  }
  const toText = (x: number): number => {
    let best = lineAt[0]!;
    for (const l of lineAt) if (l.content <= x) best = l;
    return best.text + Math.min(Math.max(0, x - best.content), best.length);
  };
  return { text: articleText({ headline, subtitle: null, captions: [], paragraphs }), toText, paragraphs, headline };
}
