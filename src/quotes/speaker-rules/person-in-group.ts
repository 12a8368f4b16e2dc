/**
 * A person inside the group's words: «قال المتحدث باسم وزارة الصحة عماد أبو عيشة:» (the words
 * before the person are the role); «المتحدث باسم الوزارة العقيد فادي نصار» (the group word heads
 * the person's role); «قال المتحدث باسم الرئاسة، محمد الشناوي، إن» (the person in apposition).
 */
import { COMMAS, span } from '../context.js';
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
  if (after && person.start === after.start) return { speaker: entitySpeaker(person, false), role: span(text, first.start, words[k - 1]!.end) };
  return null;
}
