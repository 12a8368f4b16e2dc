/**
 * «قال الشرع» after «أحمد الشرع»: a person's first or last name word the tagger missed, when exactly
 * one person named before fits. Words of one letter pair or less never match.
 */
import { span } from '../context.js';
import { entitySpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';
import { earlierPerson } from './earlier-person.js';

export function shortName(r: SubjectRegion): Speaking | null {
  const w = r.first;
  if (r.group || !w.word || w.fold.length < 3) return null;
  const e = earlierPerson(r.ctx, w.start, (parts) => parts.length > 1 && (parts[0] === w.fold || parts[parts.length - 1] === w.fold));
  return e ? { speaker: { ...entitySpeaker(e, false), ...span(r.ctx.text, w.start, w.end) }, role: e.role } : null;
}
