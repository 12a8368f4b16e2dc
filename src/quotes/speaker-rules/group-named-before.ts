/**
 * A definite group word alone stands for one named before: «وأوضح المصدر» → the unnamed source the
 * article quoted before («مصدر مسؤول في الوزارة»); «وأوضح المتحدث» → the person given that role
 * («قال المتحدث باسم الرئاسة، محمد الشناوي»); «وقالت الوزارة» → the organisation named before
 * («وزارة الصحة والسكان»).
 */
import { isEntity, orgBefore } from '../back-reference.js';
import { fold } from '../cues.js';
import { entitySpeaker, unnamedSpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

const headOf = (text: string): string => fold(text).split(/\s+/)[0]!.replace(/^ال/, '');

export function groupNamedBefore(r: SubjectRegion): Speaking | null {
  if (!r.group || r.groupEnd !== r.from + 1 || !r.first.fold.startsWith('ال')) return null;
  const { ctx, head, first } = r;
  const before = [...ctx.speakers].reverse().find((sp) => sp.canonical === null && headOf(sp.text) === head);
  if (before) return { speaker: { ...before, carried: true }, role: null };
  const n = ctx.speakerRoles.findLastIndex((role, k) => role !== null && ctx.speakers[k]!.type === 'PERS' && headOf(role.text) === head);
  if (n >= 0) return { speaker: { ...ctx.speakers[n]!, carried: true }, role: ctx.speakerRoles[n]! };
  const org = ctx.cues.groups.has(head) || ctx.cues.groups.has(first.fold) ? orgBefore(ctx, head, first.start) : null;
  if (org && isEntity(org)) return { speaker: entitySpeaker(org, true), role: null };
  if (org) return { speaker: unnamedSpeaker(org, true), role: null };
  return null;
}
