/**
 * Text with overlapping annotations as nested elements. The text is cut at every span boundary;
 * each piece sits inside the elements of the spans covering it, outermost first. Spans that nest
 * stay one element; spans that cross are split into pieces (`data-piece` 1, 2, … on the later ones).
 */

export interface Layer {
  start: number;
  end: number;
  /** Lower draws outside higher when two spans cover the same text (quote 0, entity 1, time 2). */
  depth: number;
  /** A new element for this span; `piece` is 0 for its first piece. */
  open(piece: number): HTMLElement;
}

/** `text` as a fragment with every layer applied. */
export function nestSpans(text: string, layers: readonly Layer[]): DocumentFragment {
  const root = document.createDocumentFragment();
  const spans = layers
    .map((l) => ({ ...l, start: Math.max(0, l.start), end: Math.min(text.length, l.end) }))
    .filter((l) => l.end > l.start)
    // Outer before inner: earlier start, then longer, then lower depth.
    .sort((a, b) => a.start - b.start || b.end - a.end || a.depth - b.depth);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces = new Map<(typeof spans)[number], number>();
  const stack: Array<{ span: (typeof spans)[number]; node: HTMLElement }> = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const active = spans.filter((s) => s.start <= from && s.end >= to);
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep]!.span === active[keep]) keep++;
    stack.length = keep;
    for (const span of active.slice(keep)) {
      const piece = pieces.get(span) ?? 0;
      pieces.set(span, piece + 1);
      const node = span.open(piece);
      if (piece > 0) node.dataset['piece'] = String(piece);
      (stack[stack.length - 1]?.node ?? root).appendChild(node);
      stack.push({ span, node });
    }
    (stack[stack.length - 1]?.node ?? root).appendChild(document.createTextNode(text.slice(from, to)));
  }
  return root;
}
