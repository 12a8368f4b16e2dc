/** «وقال سموه …», «وأوضح معاليه»: an honorific stands for the person just named. */
import type { Context } from '../context.js';
import { entitySpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

/** The person named last before the first honorific among words [lead, from), or null. */
export function honorificSpeaker(ctx: Context, lead: number, from: number): Speaking | null {
  for (let k = lead; k < from; k++) {
    if (!ctx.cues.pronouns.has(ctx.words[k]!.fold)) continue;
    const person = [...ctx.entities].reverse().find((e) => e.end <= ctx.words[k]!.start && e.type === 'PERS');
    return person ? { speaker: entitySpeaker(person, true), role: person.role } : null;
  }
  return null;
}

/** The rule: an honorific before a subject that names no one («وقال سموه لدى استقباله الأهالي إن …»). */
export function honorific(r: SubjectRegion): Speaking | null {
  return r.group ? null : honorificSpeaker(r.ctx, r.lead, r.from);
}
