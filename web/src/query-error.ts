/**
 * A failed request shown on the page, in Arabic: for `bad_query`, the problem and its place, and
 * the query around it with a caret; the API's code shown small and its own words as the title, for
 * whoever reads the logs.
 */
import { ApiError } from './api.js';
import { el } from './dom.js';
import { apiErrorText, OFFLINE_TEXT, queryErrorText } from './error-text.js';

/** The characters of the query shown around the problem (a long query is cut, as the CLI cuts it). */
const WINDOW = 80;

/** The contents of `#error` for `e`; `query` is the query sent, for a `bad_query`. */
export function errorView(e: unknown, query = ''): HTMLElement[] {
  if (!(e instanceof ApiError)) return [el('p', { class: 'error-message' }, OFFLINE_TEXT)];
  const bad = e.code === 'bad_query';
  const text = bad ? queryErrorText(e.reason, query, e.position, e.end) : apiErrorText(e.code, e.status);
  const code = [e.code, bad ? e.reason : null].filter(Boolean).join(' · ');
  const message = el('p', { class: 'error-message', title: e.message, 'data-code': e.code }, text, ' ', el('small', { class: 'error-code', dir: 'ltr' }, code));
  return bad ? [message, ...queryLine(query, e.position, e.end)] : [message];
}

/** The query with a caret at `[position, end)`, cut to about {@link WINDOW} characters around it. */
function queryLine(query: string, position: number | null, end: number | null): HTMLElement[] {
  if (position === null || position > query.length) return [];
  const stop = Math.min(Math.max(end ?? position, position), query.length);
  let from = 0;
  let to = query.length;
  if (query.length > WINDOW) {
    from = Math.max(0, Math.min(position - WINDOW / 4, query.length - WINDOW));
    to = from + WINDOW;
  }
  const cut = Math.min(stop, to);
  return [
    el(
      'p',
      { class: 'error-query', dir: 'auto' },
      from > 0 ? '…' : '',
      query.slice(from, position),
      // The caret marks the place even when the problem is empty (the end of the query).
      el('span', { class: 'caret', 'aria-hidden': 'true' }),
      cut > position ? el('mark', { class: 'error-at' }, query.slice(position, cut)) : null,
      query.slice(cut, to),
      to < query.length ? '…' : '',
    ),
  ];
}
