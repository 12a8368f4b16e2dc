/** «وأضاف المتحدث ذاته», «المسؤول نفسه»: the speaker named before. */
import type { Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

export function sameSpeaker(r: SubjectRegion): Speaking | null {
  const { ctx } = r;
  const last = ctx.speakers[ctx.speakers.length - 1];
  if (!r.group || !last || r.groupEnd <= r.from + 1 || !ctx.cues.same.has(ctx.words[r.from + 1]!.fold)) return null;
  return { speaker: { ...last, carried: true }, role: null };
}
