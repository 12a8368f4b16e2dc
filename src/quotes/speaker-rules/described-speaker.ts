/**
 * A definite noun as subject that no name follows: the organisation with that head named before
 * («وقال الصندوق» → «صندوق النقد الدولي»), else the noun with the definite words after it, an
 * unnamed speaker («وقال المقيم الأمريكي», «وأشار التقرير»), or, for a role word with only its
 * nisba adjectives, the person who spoke last («وأوضح المدرب الإسباني»). Not after a participle (its object).
 */
import { isEntity, orgBefore } from '../back-reference.js';
import { roleKind, span } from '../context.js';
import { entitySpeaker, SPEAKER_TYPES, unnamedSpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';
import { isNisba } from '../word-shape.js';

/** Words of a definite noun phrase taken as an unnamed speaker, at most: «المدرب الإسباني». */
const MAX_DESCRIBED_WORDS = 3;
/** Word `k` heads a role («المدرب», «الوزير»: data/entities/roles.txt). */
const isRoleHead = (r: SubjectRegion, k: number): boolean => roleKind(r.ctx, r.ctx.words[k]!) === 'head';
/** Word `k` is a title («المهندس», «الدكتور»). */
const isTitle = (r: SubjectRegion, k: number): boolean => roleKind(r.ctx, r.ctx.words[k]!) === 'title';
/** Word `k` is of no role, preposition or particle: a name's word may be it. */
const isPlain = (r: SubjectRegion, k: number): boolean => roleKind(r.ctx, r.ctx.words[k]!) === 'other' && !r.ctx.cues.nameStops.has(r.ctx.words[k]!.fold);

export function describedSpeaker(r: SubjectRegion): Speaking | null {
  const { first, from, to } = r;
  if (r.group || r.participle || !first.word || !first.fold.startsWith('ال') || first.fold.length <= 3) return null;
  const { words, text } = r.ctx;
  const org = orgBefore(r.ctx, first.fold.slice(2), first.start);
  if (org && isEntity(org) && SPEAKER_TYPES.has(org.type)) return { speaker: entitySpeaker(org, true), role: null };
  if (org && !isEntity(org)) return { speaker: unnamedSpeaker(org, true), role: null };
  // «وأشار المهندس مدني إلى أن …»: after a title, words without the article are a name the tagger missed.
  if (isTitle(r, from)) {
    let n = from + 1;
    while (n < to && n - from <= MAX_DESCRIBED_WORDS && words[n]!.word && !words[n]!.fold.startsWith('ال') && isPlain(r, n)) n++;
    if (n > from + 1) return { speaker: unnamedSpeaker(span(text, words[from + 1]!.start, words[n - 1]!.end), false), role: span(text, first.start, first.end) };
  }
  let k = from + 1;
  while (k < to && k - from < MAX_DESCRIBED_WORDS && words[k]!.word && words[k]!.fold.startsWith('ال') && !r.ctx.cues.trailingPreps.has(words[k]!.fold)) k++;
  // «وأوضح المدرب الإسباني أن …» after «قال لويس إنريكي»: a role word with its nisba adjectives
  // describes the person who spoke last, as news writing varies the name.
  const last = r.ctx.speakers.findLast((s) => s.type === 'PERS');
  if (last && isRoleHead(r, from) && words.slice(from + 1, k).every((w) => isNisba(w.fold))) return { speaker: { ...last, carried: true }, role: null };
  return { speaker: unnamedSpeaker(span(text, first.start, words[k - 1]!.end), false), role: null };
}
