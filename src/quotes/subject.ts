/**
 * Who speaks, from the words between a verb and its clause (or after a verb that follows its
 * quote): the speaker rules (speaker-rules/) tried in order on the region, and the medium there.
 * Not a speaker: the one spoken to («لـ«رويترز»», «لإذاعة موزاييك») or a name inside another's role.
 */
import type { Context } from './context.js';
import { type Found } from './speaker.js';
import { readRegion } from './subject-region.js';
import { verbAt } from './verb-at.js';
import { honorificSpeaker, SPEAKER_RULES } from './speaker-rules/index.js';
import { opensSubject } from './speaker-rules/bare-subject.js';

export { entitySpeaker, SPEAKER_TYPES, type Found } from './speaker.js';
export { addressee, skipLead } from './subject-region.js';

/**
 * The speaker and medium in the words [from, to). After a `participle` they are its object, unless
 * they name a person or organisation. Where `objectFollows` (a noun complement after the verb's
 * preposition), an unnamed speaker's words end where an organisation's name would. `explicit` says
 * the words held a subject, even one no rule resolved (then no speaker is carried from before).
 */
export function subjectIn(ctx: Context, from: number, to: number, lemma: string | null, participle = false, objectFollows = false): Found {
  const read = readRegion(ctx, from, to, lemma, participle, objectFollows);
  const { region, medium } = read;
  if (!region) {
    // «وأضاف سماحته: …»: only an honorific before the clause.
    const by = read.empty ? honorificSpeaker(ctx, read.lead, read.from) : null;
    return by ? { ...by, medium, explicit: true } : { speaker: null, role: null, medium, explicit: false };
  }
  for (const rule of SPEAKER_RULES) {
    const found = rule(region);
    if (found) return { ...found, medium, explicit: true };
  }
  // Words no rule took for a subject are the verb's object or adverbs, and the speaker is carried,
  // where an object may stand there («ودعا جميع المستفيدين إلى …»), a word of saying ends them, or
  // they open with no word a subject can open with: an adverb («وقال مجدداً إن …») or a
  // preposition's phrase («وقالت بهذا الخصوص: …»).
  const opens = region.first.fold.startsWith('ال') || region.ents.some((e) => e.start === region.first.start) || opensSubject(ctx, region.from);
  return { speaker: null, role: null, medium, explicit: region.first.word && !objectFollows && !region.saying && opens };
}
