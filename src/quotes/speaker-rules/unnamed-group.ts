/** An unnamed speaker, in the article's words: «مصدر عسكري», «مصادر محلية», «بيان صادر عن القيادة», «عدد من المواطنين», «مستهلكون» (group-opening.ts). */
import { span } from '../context.js';
import { unnamedSpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

export function unnamedGroup(r: SubjectRegion): Speaking | null {
  if (!r.group) return null;
  return { speaker: unnamedSpeaker(span(r.ctx.text, r.first.start, r.ctx.words[r.groupEnd - 1]!.end), false), role: null };
}
