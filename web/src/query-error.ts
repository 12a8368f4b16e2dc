/** A `bad_query` answer shown under the box: the message, and the query with a caret at the problem. */
import { el } from './dom.js';

/** The contents of `#error` for a problem at `[position, end)` of `query`. */
export function queryErrorView(message: string, query: string, position: number | null, end: number | null): HTMLElement[] {
  const out: HTMLElement[] = [el('p', { class: 'error-message' }, message)];
  if (position === null || position > query.length) return out;
  const stop = Math.min(Math.max(end ?? position, position), query.length);
  const line = el(
    'p',
    { class: 'error-query', dir: 'auto' },
    query.slice(0, position),
    // The caret marks the place even when the problem is empty (the end of the query).
    el('span', { class: 'caret', 'aria-hidden': 'true' }),
    stop > position ? el('mark', { class: 'error-at' }, query.slice(position, stop)) : null,
    query.slice(stop),
  );
  out.push(line);
  return out;
}
