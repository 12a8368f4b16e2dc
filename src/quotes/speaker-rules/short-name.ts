/**
 * «قال الشرع» after «أحمد الشرع», and «بين المهندس السيد» after «المهندس عدنان بن أحمد السيد»: a
 * person's first or last name word the tagger missed, after any titles, when exactly one person
 * named before fits. Words of one letter pair or less never match.
 */
import { roleKind, span } from '../context.js';
import { entitySpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';
import { earlierPerson } from './earlier-person.js';

export function shortName(r: SubjectRegion): Speaking | null {
  if (r.group) return null;
  const { ctx } = r;
  // Past the titles before it: «المهندس», «الدكتور».
  let k = r.from;
  while (k + 1 < r.to && ctx.words[k]!.word && roleKind(ctx, ctx.words[k]!) === 'title') k++;
  const w = ctx.words[k]!;
  if (!w.word || w.fold.length < 3) return null;
  const e = earlierPerson(ctx, w.start, (parts) => parts.length > 1 && (parts[0] === w.fold || parts[parts.length - 1] === w.fold));
  return e ? { speaker: { ...entitySpeaker(e, false), ...span(ctx.text, w.start, w.end) }, role: e.role } : null;
}
