/**
 * Text a text-mode browser saved (lynx, w3m) is wrapped at a fixed width: a paragraph runs over
 * lines that each stopped where the next word would not fit. Within a section (lines up to a gap
 * of three blank lines, so the streaming splitter, which cuts only at such gaps, sees the same)
 * whose longest line is that width (50 to 100 characters), a line that closes no sentence, reaches
 * near the width and could not have taken the next line's first word is joined with the line
 * after it (no blank line between), so a paragraph is one line again. The section must hold at
 * least MIN_WRAPPED such lines: fewer could be chance (a headline above its deck).
 */
import type { DumpLine } from './dump-lines.js';

const MIN_WIDTH = 50;
const MAX_WIDTH = 100;
const MIN_WRAPPED = 3;
/** A wrapped line stops at most this far short of the width (the longest word that did not fit). */
const MAX_SHORT = 20;
/** Sections end at gaps this long (where the streaming splitter may cut). */
const SECTION_GAP = 3;
/** Lines that close a sentence, a list of links or a bracket (a caption's credit) are no wrapped line. */
const CLOSED = /[.!؟?:؛|)]["»”)]?$/u;
/** A list item or a link marker opens its own line: «• …», «[12] …», «1. …». */
const ITEM = /^(?:[•·▪●◦■*\-–]\s|\[\p{Nd}*\]|\p{Nd}{1,2}[.)]\s)/u;

/** `lines` with the wrapped lines joined (a joined line spans its physical lines). */
export function unwrapLines(text: string, lines: readonly DumpLine[]): DumpLine[] {
  const out: DumpLine[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && lines[j]!.blanksBefore < SECTION_GAP) j++;
    joinSection(text, lines.slice(i, j), out);
    i = j;
  }
  return out;
}

function joinSection(text: string, section: readonly DumpLine[], out: DumpLine[]): void {
  const width = section.reduce((w, l) => Math.max(w, l.end - l.start), 0);
  if (section.length < MIN_WRAPPED || width < MIN_WIDTH || width > MAX_WIDTH) {
    out.push(...section);
    return;
  }
  const wrapped = section.map((l, k) => {
    const next = section[k + 1];
    if (!next || next.blanksBefore > 0) return false;
    const line = text.slice(l.start, l.end);
    const following = text.slice(next.start, next.end);
    // (A line printed twice, a caption, is no paragraph running on.)
    return !CLOSED.test(line) && !ITEM.test(following) && following !== line && line.length >= width - MAX_SHORT && line.length + 1 + following.split(/\s/u, 1)[0]!.length > width;
  });
  if (wrapped.filter(Boolean).length < MIN_WRAPPED) {
    out.push(...section);
    return;
  }
  for (let k = 0; k < section.length; ) {
    let end = k;
    while (wrapped[end]) end++;
    out.push(end === k ? section[k]! : { start: section[k]!.start, end: section[end]!.end, blanksBefore: section[k]!.blanksBefore });
    k = end + 1;
  }
}
