/**
 * Short quotations of a query for error messages: a 14 KB query is quoted as the ~80 characters
 * around the problem, never whole, so the message and its caret line stay readable.
 */

/** The window shown around a problem, in UTF-16 code units (ellipses not counted). */
export const WINDOW = 80;
/** The longest piece of a query (a value, a phrase) a message quotes. */
export const QUOTED = 40;

const ELLIPSIS = '…';

/** `text`, or its start and end around an ellipsis when it is longer than `max`: `أأأأ…أأأأ`. */
export function clip(text: string, max = QUOTED): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  return text.slice(0, head) + ELLIPSIS + text.slice(text.length - (max - 1 - head));
}

/** A window of a query around the problem at `[position, end)`: its text and where the problem is in it. */
export interface QueryWindow {
  text: string;
  /** Offsets of the problem in `text` (clipped to the window). */
  start: number;
  end: number;
}

/**
 * At most `width` characters of `query` around `[position, end)`, with an ellipsis at a cut end.
 * The problem starts about a quarter into the window, so the words before it give the context.
 */
export function queryWindow(query: string, position: number, end: number, width = WINDOW): QueryWindow {
  const at = Math.max(0, Math.min(position, query.length));
  const stop = Math.max(at, Math.min(end, query.length));
  if (query.length <= width) return { text: query, start: at, end: stop };
  let from = Math.max(0, at - Math.floor(width / 4));
  const to = Math.min(query.length, from + width);
  from = Math.max(0, to - width);
  const lead = from > 0 ? ELLIPSIS : '';
  const text = lead + query.slice(from, to) + (to < query.length ? ELLIPSIS : '');
  return { text, start: lead.length + at - from, end: lead.length + Math.min(stop, to) - from };
}
