/**
 * A definite group word alone stands for one named before: «وأوضح المصدر» → the unnamed source the
 * article quoted before («مصدر مسؤول في الوزارة»); «وأوضح المتحدث» → the person given that role
 * («قال المتحدث باسم الرئاسة، محمد الشناوي»); «وقالت الوزارة» → the organisation named before
 * («وزارة الصحة والسكان»). The group need not have spoken before: «أكد صحتها مصدر في الجيش الحر،
 * … وأشار المصدر إلى أن» is that source's.
 * A definite group word with its adjectives stands for the same group named before without the
 * article: «وقالت المصادر الأمنية» after «مصادر أمنية»; «وأكدت الدراسة الأسترالية» after «دراسة أسترالية».
 */
import { isEntity, orgBefore } from '../back-reference.js';
import { descriptionBefore } from '../description-before.js';
import { fold } from '../cues.js';
import { entitySpeaker, unnamedSpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

/**
 * The head noun of a speaker's words, without the article, past a quantifier («عدد من المواطنين» →
 * مواطنون), with the plural's case ending folded (ين and ون), so that «المواطنون» finds it.
 */
function headOf(text: string, quantifiers: ReadonlySet<string>): string {
  const ws = fold(text).split(/\s+/);
  let i = 0;
  if (ws.length > 1 && quantifiers.has(ws[0]!)) i = ws[1] === 'من' && ws.length > 2 ? 2 : 1;
  return ws[i]!.replace(/^ال/, '').replace(/ين$/, 'ون');
}

export function groupNamedBefore(r: SubjectRegion): Speaking | null {
  if (!r.group || !r.first.fold.startsWith('ال')) return null;
  const { ctx, head, first } = r;
  const q = ctx.cues.quantifiers;
  const wanted = head.replace(/ين$/, 'ون');
  if (r.groupEnd !== r.from + 1) return sameGroupBefore(r, wanted);
  const before = [...ctx.speakers].reverse().find((sp) => sp.canonical === null && headOf(sp.text, q) === wanted);
  if (before) return { speaker: { ...before, carried: true }, role: null };
  const n = ctx.speakerRoles.findLastIndex((role, k) => role !== null && ctx.speakers[k]!.type === 'PERS' && headOf(role.text, q) === wanted);
  if (n >= 0) return { speaker: { ...ctx.speakers[n]!, carried: true }, role: ctx.speakerRoles[n]! };
  const org = ctx.cues.groups.has(head) || ctx.cues.groups.has(first.fold) ? orgBefore(ctx, head, first.start) : null;
  if (org && isEntity(org)) return { speaker: entitySpeaker(org, true), role: null };
  if (org) return { speaker: unnamedSpeaker(org, true), role: null };
  const described = descriptionBefore(ctx, wanted, first.start);
  return described ? { speaker: unnamedSpeaker(described, true), role: null } : null;
}

/**
 * «وقالت المصادر الأمنية» → «مصادر أمنية» named before: a group the article named without the
 * article, whether it spoke (an unnamed speaker) or not, and in as many words at least. Not where
 * the words name someone («المتحدث باسم الوزارة العقيد فادي نصار», «الناشط السياسي، غانم العابد»).
 */
function sameGroupBefore(r: SubjectRegion, wanted: string): Speaking | null {
  const { ctx, first } = r;
  if (r.ents.some((e) => e.type === 'PERS' || e.type === 'ORG')) return null;
  // The group named before says at least as much: «مراقبون» is no better than «المراقبون المصريون والأميركيون».
  const words = r.groupEnd - r.from;
  const fuller = (t: string): boolean => t.split(/\s+/u).length >= words;
  const q = ctx.cues.quantifiers;
  const before = [...ctx.speakers].reverse().find((sp) => sp.canonical === null && sp.end <= first.start && !fold(sp.text).startsWith('ال') && headOf(sp.text, q) === wanted);
  if (before) return fuller(before.text) ? { speaker: { ...before, carried: true }, role: null } : null;
  const described = descriptionBefore(ctx, wanted, first.start);
  return described && fuller(described.text) ? { speaker: unnamedSpeaker(described, true), role: null } : null;
}
