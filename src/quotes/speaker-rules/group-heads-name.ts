/**
 * A group word heading the name right after it: «أعلنت حملة «الرقة تذبح بصمت»» (the campaign so
 * named), «قال نادي الاتفاق» (with no quotation mark between, the group word is the name's own).
 */
import { span } from '../context.js';
import { entitySpeaker, SPEAKER_TYPES, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

export function groupHeadsName(r: SubjectRegion): Speaking | null {
  if (!r.group) return null;
  const { words, text } = r.ctx;
  let n = r.from + 1;
  while (n < r.to && !words[n]!.word) n++;
  const next = n < r.to ? words[n]! : undefined;
  const named = next && r.ents.find((e) => SPEAKER_TYPES.has(e.type) && e.start >= r.first.end && e.start <= next.start && e.end >= next.end);
  if (!named) return null;
  const whole = !/[«“"]/u.test(text.slice(r.first.end, named.start));
  return { speaker: whole ? { ...entitySpeaker(named, false), ...span(text, r.first.start, named.end), name: text.slice(r.first.start, named.end) } : entitySpeaker(named, false), role: named.role };
}
