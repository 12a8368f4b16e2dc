/** «وقال سموه …», «وأوضح معاليه»: an honorific stands for the person just named. */
import type { Entity } from '../../core/entity-schema.js';
import type { Context } from '../context.js';
import { entitySpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

/**
 * For the first honorific among words [lead, from): the person its title last introduced («سماحة
 * مفتي عام المملكة … الشيخ عبدالعزيز …» for «سماحته»), else the person named last before it; or null.
 */
export function honorificSpeaker(ctx: Context, lead: number, from: number): Speaking | null {
  for (let k = lead; k < from; k++) {
    if (!ctx.cues.pronouns.has(ctx.words[k]!.fold)) continue;
    const person = titledBefore(ctx, k) ?? [...ctx.entities].reverse().find((e) => e.end <= ctx.words[k]!.start && e.type === 'PERS');
    return person ? { speaker: entitySpeaker(person, true), role: person.role } : null;
  }
  return null;
}

/** Words from a title to its holder's name, at most («سماحة مفتي عام المملكة رئيس هيئة كبار العلماء … الشيخ»). */
const TITLE_REACH = 25;

/**
 * The person named after the last use of the honorific's title before word `k`: «سماحة» for
 * «سماحته», «معالي» for «معاليه», «سمو» for «سموه» (the pronoun less its ه, a ت read as ة).
 */
function titledBefore(ctx: Context, k: number): Entity | null {
  const { words } = ctx;
  const stem = words[k]!.fold.replace(/ه(?:ا)?$/u, '');
  const title = stem.endsWith('ت') ? `${stem.slice(0, -1)}ه` : stem;
  for (let t = k - 1; t >= 0; t--) {
    const f = words[t]!.fold;
    if (f !== title && f !== `و${title}` && f !== `ل${title}` && f !== `ب${title}`) continue;
    const limit = t + 1 + TITLE_REACH < k ? words[t + 1 + TITLE_REACH]!.start : words[k]!.start;
    return ctx.entities.find((e) => e.type === 'PERS' && e.start > words[t]!.end && e.end <= limit) ?? null;
  }
  return null;
}

/** The rule: an honorific before a subject that names no one («وقال سموه لدى استقباله الأهالي إن …»). */
export function honorific(r: SubjectRegion): Speaking | null {
  return r.group ? null : honorificSpeaker(r.ctx, r.lead, r.from);
}
