/**
 * The article's text as the analysis saw it: headline, subtitle, captions and paragraphs joined by
 * blank lines, an empty headline or subtitle left out. Entity, quote and time spans are offsets
 * into it; the analysed article stores where each part lies (`parts`), and this maps the spans back
 * onto the parts the page draws, so each highlight lands in the right element.
 */
import type { Article } from './types.js';

/** The separator between parts (PART_BREAK in src/core/document.ts). */
export const PART_BREAK = '\n\n';

export interface Part {
  kind: 'headline' | 'subtitle' | 'caption' | 'paragraph';
  /** Index among the parts of its kind: the 2nd caption is `{kind: 'caption', index: 1}`. */
  index: number;
  text: string;
  /** Offset of the part's first character in the whole text. */
  start: number;
}

/** The parts in reading order, with where each starts: as the article stores them, else laid out as the analysis lays them. */
export function articleParts(a: Pick<Article, 'headline' | 'subtitle' | 'captions' | 'paragraphs' | 'parts'>): Part[] {
  if (a.parts) {
    const textOf = (p: { field: Part['kind']; index: number }): string =>
      p.field === 'headline' ? (a.headline ?? '') : p.field === 'subtitle' ? (a.subtitle ?? '') : p.field === 'caption' ? (a.captions[p.index]?.text ?? '') : (a.paragraphs[p.index] ?? '');
    return a.parts.map((p) => ({ kind: p.field, index: p.index, text: textOf(p), start: p.start }));
  }
  const parts: Part[] = [];
  let at = 0;
  const add = (kind: Part['kind'], index: number, text: string): void => {
    parts.push({ kind, index, text, start: at });
    at += text.length + PART_BREAK.length;
  };
  // Same order and same skips as articleText: only headline and subtitle are dropped when empty.
  if (a.headline) add('headline', 0, a.headline);
  if (a.subtitle) add('subtitle', 0, a.subtitle);
  a.captions.forEach((c, i) => add('caption', i, c.text));
  a.paragraphs.forEach((p, i) => add('paragraph', i, p));
  return parts;
}

/** Where an offset of the whole text falls: its part and the offset inside it (null in a break). */
export function locate(parts: readonly Part[], offset: number): { part: number; offset: number } | null {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (offset >= p.start && offset <= p.start + p.text.length) return { part: i, offset: offset - p.start };
  }
  return null;
}

/** A span of the whole text cut at part boundaries: `[{part, start, end}]` in each part's offsets. */
export function clipToParts(parts: readonly Part[], start: number, end: number): Array<{ part: number; start: number; end: number }> {
  const out: Array<{ part: number; start: number; end: number }> = [];
  parts.forEach((p, i) => {
    const s = Math.max(start, p.start);
    const e = Math.min(end, p.start + p.text.length);
    if (e > s) out.push({ part: i, start: s - p.start, end: e - p.start });
  });
  return out;
}
