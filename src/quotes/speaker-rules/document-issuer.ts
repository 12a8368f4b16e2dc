/**
 * A document speaks for whoever issued it: «وذكر التقرير أن …» after «بينت شركة آسيا للاستثمار في
 * تقريرها أن …» is the company. The definite document noun alone as subject goes back to the last
 * speaker who spoke in such a document («في تقريرها», «في بيان»), else to the issuer named right
 * after the document before («وجاء في بيان الجيش: …»).
 */
import { fold } from '../cues.js';
import { isEntity, orgBefore } from '../back-reference.js';
import { suffixBases } from '../word-shape.js';
import { entitySpeaker, SPEAKER_TYPES, unnamedSpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

/** Whether a medium phrase names the document `noun` (search form, no article): «في تقريرها», «ببيانه», «في دراسته». */
function names(medium: string, noun: string): boolean {
  return fold(medium)
    .split(/\s+/u)
    .some((w) => suffixBases(w.replace(/^[وفب]?(?:ال)?/u, '')).includes(noun));
}

export function documentIssuer(r: SubjectRegion): Speaking | null {
  const { ctx, first } = r;
  if (!first.word || !first.fold.startsWith('ال') || !ctx.cues.documents.has(first.fold.slice(2))) return null;
  // The issuer named in the region itself («التقرير الصادر عن الشركة») is the named speaker's rule.
  if (r.ents.some((e) => e.start > first.start)) return null;
  const noun = first.fold.slice(2);
  const k = ctx.speakerMedia.findLastIndex((m, i) => m !== null && !ctx.speakers[i]!.carried && names(m.text, noun));
  if (k >= 0) return { speaker: { ...ctx.speakers[k]!, carried: true }, role: ctx.speakerRoles[k]! };
  return issuerNamedWith(r, noun);
}

/**
 * «وجاء في بيان الجيش: …» then «وتابع البيان أن …»: the issuer named right after the document
 * before, as a name the tagger found or an organisation named before with that head («الجيش التركي»).
 */
function issuerNamedWith(r: SubjectRegion, noun: string): Speaking | null {
  const { ctx } = r;
  const { words } = ctx;
  for (let k = r.lead - 1; k >= 0; k--) {
    const f = words[k]!.fold;
    // «بيان», «وبيان», «ببيان», «وببيان»: the noun with the clitics it may carry.
    if (f !== noun && !(/^[وفبل]/u.test(f) && f.slice(1) === noun) && !(/^[وف][بل]/u.test(f) && f.slice(2) === noun)) continue;
    const next = words[k + 1];
    if (!next?.word) continue;
    const named = ctx.entities.find((e) => e.start === next.start && SPEAKER_TYPES.has(e.type));
    if (named) return { speaker: entitySpeaker(named, true), role: named.role };
    if (!next.fold.startsWith('ال') || !ctx.cues.groups.has(next.fold)) continue;
    const org = orgBefore(ctx, next.fold.slice(2), next.end);
    if (!org) continue;
    return { speaker: isEntity(org) ? entitySpeaker(org, true) : unnamedSpeaker(org, true), role: null };
  }
  return null;
}
