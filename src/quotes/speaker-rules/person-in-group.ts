/**
 * A person inside the group's words: «قال المتحدث باسم وزارة الصحة عماد أبو عيشة:» (the words
 * before the person are the role); «المتحدث باسم الوزارة العقيد فادي نصار» (the group word heads
 * the person's role); «قال المتحدث باسم الرئاسة، محمد الشناوي، إن» (the person in apposition);
 * «وقال الناطق الإعلامي بقيادة حرس الحدود بمنطقة عسير المقدم بحري الدكتور شايع القحطاني:» (past the
 * group's words, with only titles and ranks between).
 */
import { COMMAS, roleKind, span } from '../context.js';
import { verbAt } from '../verb-at.js';
import { entitySpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

export function personInGroup(r: SubjectRegion): Speaking | null {
  if (!r.group) return null;
  const { words, text } = r.ctx;
  const { first, from, to, groupEnd: k } = r;
  const person = r.ents.find((e) => e.type === 'PERS' && e.start > first.start);
  if (!person) return null;
  if (!person.role && person.start <= words[k - 1]!.end && person.start > words[from + 1]!.start) {
    const before = words.findLast((w) => w.end <= person.start);
    if (before && before.word) return { speaker: entitySpeaker(person, false), role: span(text, first.start, before.end) };
  }
  if (person.role && person.role.start <= first.start) return { speaker: entitySpeaker(person, false), role: person.role };
  const after = k < to && COMMAS.has(words[k]!.fold) ? words[k + 1] : undefined;
  // «أوضح الناطق الإعلامي بشرطة المنطقة، العقيد دكتور عاطي القرشي، أن»: titles may stand after the comma.
  if (after && (person.start === after.start || (person.start > after.start && onlyTitlesBetween(r, k + 1, person.start)))) {
    return { speaker: entitySpeaker(person, false), role: span(text, first.start, words[k - 1]!.end) };
  }
  if (person.start >= words[k - 1]!.end && onlyTitlesBetween(r, k, person.start)) {
    return { speaker: entitySpeaker(person, false), role: span(text, first.start, words.findLast((w) => w.end <= person.start && w.word)!.end) };
  }
  return null;
}

/**
 * Whether the words from word `k` up to `end` continue a role: titles and ranks («المقدم»,
 * «الدكتور») with at most one word beside them («بحري»), and the rest of the role phrase (its words
 * with the article or after ب/ل), but no verb, comma or preposition standing alone (a person after
 * «مقرب من» is no speaker).
 */
function onlyTitlesBetween(r: SubjectRegion, k: number, end: number): boolean {
  const { ctx } = r;
  let titles = 0;
  let others = 0;
  for (let i = k; i < ctx.words.length && ctx.words[i]!.end <= end; i++) {
    const w = ctx.words[i]!;
    if (!w.word || ctx.cues.trailingPreps.has(w.fold) || verbAt(ctx, i)) return false;
    const kind = roleKind(ctx, w);
    if (kind === 'title') titles++;
    // One word a rank takes that no list names («المقدم بحري», «العميد طيار»), beside a title.
    else if (kind === 'other') others++;
    else if (kind !== 'head' && kind !== 'def' && kind !== 'lcons' && kind !== 'link') return false;
  }
  return others === 0 || (others === 1 && titles > 0);
}
