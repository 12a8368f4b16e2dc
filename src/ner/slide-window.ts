/** A window of sentences sliding over a document, so that a stream is read holding only the window. */

/**
 * Walks `count` sentences with a window of `window` either side: `add(j)` as sentence j comes in
 * reach, `visit(s)` once sentences s − window … s + window are in, `remove(j)` as j falls out.
 * So a stream is tagged holding only 2·window + 1 sentences.
 */
export function slideWindow(count: number, window: number, add: (j: number) => void, remove: (j: number) => void, visit: (s: number) => void): void {
  const step = (s: number): void => {
    if (s - window - 1 >= 0) remove(s - window - 1);
    visit(s);
  };
  for (let j = 0; j < count; j++) {
    add(j);
    if (j - window >= 0) step(j - window);
  }
  for (let s = Math.max(0, count - window); s < count; s++) step(s);
}
