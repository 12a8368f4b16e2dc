/**
 * A document speaks for whoever issued it: «وذكر التقرير أن …» after «بينت شركة آسيا للاستثمار في
 * تقريرها أن …» is the company. The definite document noun alone as subject goes back to the last
 * speaker who spoke in such a document («في تقريرها», «في بيان»).
 */
import { fold } from '../cues.js';
import type { Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

/** Whether a medium phrase names the document `noun` (search form, no article): «في تقريرها», «ببيانه», «في دراسته». */
function names(medium: string, noun: string): boolean {
  const stem = noun.endsWith('ه') ? noun.slice(0, -1) + 'ت' : noun;
  return fold(medium)
    .split(/\s+/u)
    .some((w) => {
      const bare = w.replace(/^[وفب]?(?:ال)?/u, '');
      return bare === noun || (bare.startsWith(stem) && /^(?:ه|ها|هم|هما)$/u.test(bare.slice(stem.length)));
    });
}

export function documentIssuer(r: SubjectRegion): Speaking | null {
  const { ctx, first } = r;
  if (!first.word || !first.fold.startsWith('ال') || !ctx.cues.documents.has(first.fold.slice(2))) return null;
  // The issuer named in the region itself («التقرير الصادر عن الشركة») is the named speaker's rule.
  if (r.ents.some((e) => e.start > first.start)) return null;
  const noun = first.fold.slice(2);
  const k = ctx.speakerMedia.findLastIndex((m, i) => m !== null && !ctx.speakers[i]!.carried && names(m.text, noun));
  return k >= 0 ? { speaker: { ...ctx.speakers[k]!, carried: true }, role: ctx.speakerRoles[k]! } : null;
}
