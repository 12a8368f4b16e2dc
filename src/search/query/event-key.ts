/** The value of `event:`: a PLOVER type, in any case, and optionally one of its modes: `ASSAULT`, `protest/demo`. */
import { EVENT_MODE, EVENT_TYPES } from '../../core/event-schema.js';
import { fail } from './errors.js';
import { clip } from './excerpt.js';

const TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

/** `PROTEST/demo` → {event: 'PROTEST', mode: 'demo'}; `start`, `end` are the value's offsets in the query. */
export function parseEventKey(text: string, start: number, end: number): { event: string; mode: string | null } {
  const slash = text.indexOf('/');
  const event = (slash < 0 ? text : text.slice(0, slash)).toUpperCase();
  if (!TYPES.has(event)) {
    fail('bad-event', `event: takes a PLOVER event type, not ${clip(text)}: one of ${EVENT_TYPES.join(', ')}, optionally with a mode as in PROTEST/demo`, start, end);
  }
  if (slash < 0) return { event, mode: null };
  const mode = text.slice(slash + 1).toLowerCase();
  if (!EVENT_MODE.test(mode)) fail('bad-event', `the mode after ${event}/ is a word such as demo, aerial or suicide-attack, not ${clip(text.slice(slash + 1)) || 'nothing'}`, start + slash + 1, end);
  return { event, mode };
}
