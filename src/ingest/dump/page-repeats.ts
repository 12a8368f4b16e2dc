/**
 * Pages of one site saved one after another with no gap between them: the page's template (its
 * name, its menu) prints again where the next page starts. Within a block, a run of lines that
 * repeats a run of the block's header (the lines above its first paragraph) after that paragraph
 * is the next page's header, and the block is split where the run starts.
 */
import { normalizeText } from '../../text/normalize.js';
import type { DumpLine } from './dump-lines.js';
import { isParagraphLine } from './paragraph.js';

/** A repeat is at least this many lines of the header, in order. */
const RUN = 3;
/** The header is looked for among the first lines only. */
const HEADER_LINES = 40;

/** The block's lines cut where a page's header prints again (one part when it does not). */
export function splitRepeatedPages(text: string, lines: readonly DumpLine[]): DumpLine[][] {
  const keys = lines.map((l) => normalizeText(text.slice(l.start, l.end), 'search'));
  const first = keys.findIndex((_, i) => isParagraphLine(text.slice(lines[i]!.start, lines[i]!.end)));
  if (first < RUN) return [lines.slice()];
  const header = new Map<string, number>();
  for (let j = 0; j < Math.min(first, HEADER_LINES); j++) if (!header.has(keys[j]!)) header.set(keys[j]!, j);
  for (let i = first + 1; i + RUN <= lines.length; i++) {
    const j = header.get(keys[i]!);
    if (j === undefined || j + RUN > first) continue;
    let n = 1;
    while (n < RUN && keys[i + n] === keys[j + n]) n++;
    if (n < RUN) continue;
    // The run may start earlier than the line found: go back over what the header also holds above it.
    let at = i;
    let h = j;
    while (at - 1 > first && h > 0 && keys[at - 1] === keys[h - 1]) {
      at--;
      h--;
    }
    return [lines.slice(0, at), ...splitRepeatedPages(text, lines.slice(at))];
  }
  return [lines.slice()];
}
