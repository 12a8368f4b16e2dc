/** Text with `<mark>` on the ranges the search engine matched. */
import { el } from './dom.js';
import type { Highlighted, Range } from './types.js';

/** Sorted, clamped, merged ranges: `[[5,9],[0,3],[8,12]]` → `[[0,3],[5,12]]`. */
export function normalizeRanges(ranges: readonly Range[], length: number): Range[] {
  const sorted = ranges
    .map(([s, e]): Range => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** A fragment of `h.text` with each highlight in a `<mark>`. */
export function markedText(h: Highlighted): DocumentFragment {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const [s, e] of normalizeRanges(h.highlights, h.text.length)) {
    if (s > at) frag.append(h.text.slice(at, s));
    frag.append(el('mark', {}, h.text.slice(s, e)));
    at = e;
  }
  if (at < h.text.length) frag.append(h.text.slice(at));
  return frag;
}
