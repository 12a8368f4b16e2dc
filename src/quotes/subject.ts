/**
 * Who speaks, from the words between a verb and its clause: a person or organisation named there
 * («أكد سمير الحلبي، مدير المرصد، …»), a place as subject («قالت موسكو»), an unnamed group
 * («مصدر عسكري», «بيان صادر عن القيادة»), one named before («الوزارة», «الوزير», «المتحدث ذاته»),
 * or a short name («الشرع»); the medium there too. Not a speaker: the one spoken to («لـ«رويترز»»,
 * «لإذاعة موزاييك») or a name inside another's role.
 */
import type { Entity } from '../entities/entity-schema.js';
import { isEntity, orgBefore, orgNameEnd, personByTitle } from './back-reference.js';
import { COMMAS, span, TRAILING_PREPS, type Context } from './context.js';
import { fold } from './cues.js';
import { mediumAt } from './medium.js';
import type { Quote, Speaker, TextSpan } from './quote-schema.js';
import { speakerRole } from './speaker-role.js';
import { verbAt } from './verb-at.js';
import type { QWord } from './words.js';

/** An unnamed speaker's words at most («بيان صادر عن وزارة الصحة»), and words that end them (time, not who). */
const MAX_GROUP_WORDS = 7;
const GROUP_STOPS = new Set(['امس', 'اليوم', 'الليله', 'صباح', 'مساء', 'بعد', 'قبل', 'خلال', 'يوم', 'عندما', 'حين', 'وقت', 'الذي', 'التي', 'الذين']);
export const SPEAKER_TYPES: ReadonlySet<string> = new Set(['PERS', 'ORG']);

/** Entities starting in [from, to) of the text, in order. */
export function entitiesIn(ctx: Context, from: number, to: number): Entity[] {
  return ctx.entities.filter((e) => e.start >= from && e.end <= to);
}

export const entitySpeaker = (e: Entity, carried: boolean): Speaker => ({
  text: e.text,
  start: e.start,
  end: e.end,
  canonical: e.canonical,
  name: e.name,
  type: e.type,
  carried,
});

export interface Found {
  speaker: Speaker | null;
  role: Quote['role'];
  medium: TextSpan | null;
  /** The region held an explicit subject (even one not resolved to a name). */
  explicit: boolean;
}

/**
 * The speaker and medium in the words [from, to) between a verb and its clause (or after a
 * verb that follows its quote). After a `participle` they are its object, unless they name a
 * person or organisation. Where `objectFollows` (a noun complement after the verb's preposition),
 * an unnamed speaker's words end where an organisation's name would.
 */
export function subjectIn(ctx: Context, from: number, to: number, lemma: string | null, participle = false, objectFollows = false): Found {
  const { words, text } = ctx;
  const lead = from;
  from = skipLead(ctx, from, to);
  // «وقال سموه …», «وأوضح معاليه»: an honorific stands for the person just named.
  const honorific = (): Found | null => {
    for (let k = lead; k < from; k++) {
      if (!ctx.cues.pronouns.has(words[k]!.fold)) continue;
      const person = [...ctx.entities].reverse().find((e) => e.end <= words[k]!.start && e.type === 'PERS');
      return person ? { speaker: entitySpeaker(person, true), role: person.role, medium: null, explicit: true } : null;
    }
    return null;
  };
  let medium: TextSpan | null = null;
  const inMedium: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    const end = mediumAt(ctx, i, to);
    if (end < 0) continue;
    const s = words[i]!.start;
    const e = words[end - 1]!.end;
    if (!medium) medium = span(text, s, e);
    inMedium.push([s, e]);
    i = end - 1;
  }
  const outsideMedium = (e: { start: number; end: number }): boolean => !inMedium.some(([s, t]) => e.start >= s && e.end <= t);
  if (from >= to) {
    const byHonorific = honorific();
    return byHonorific ? { ...byHonorific, medium } : { speaker: null, role: null, medium, explicit: false };
  }
  const regionStart = words[from]!.start;
  const regionEnd = words[to - 1]!.end;
  // Not a speaker: a name inside another name's role («المتحدثة باسم الصليب الأحمر ليلى منصور»),
  // or the one spoken to («لـ«رويترز»», «لوكالة الأنباء»).
  const inRegion = entitiesIn(ctx, regionStart, regionEnd).filter(outsideMedium);
  const ents = inRegion.filter((e) => !inRegion.some((o) => o !== e && o.role && e.start >= o.role.start && e.end <= o.role.end) && !addressee(ctx, e));
  // The first word decides whether the verb has a subject here: a preposition the verb takes
  // («أشار إلى …»), a medium, or nothing at all means it has none.
  const first = words[from]!;
  const preps = lemma ? ctx.cues.preps.get(lemma) : undefined;
  // A lone preposition right before the clause is the clause's own, whatever the verb lists
  // («وأضاف إلى أن …», «ومبيناً إلى أن …»): no subject either.
  const startsWithPrep = (preps?.has(first.fold) ?? false) || (from + 1 === to && TRAILING_PREPS.has(first.fold));
  const firstInMedium = !outsideMedium(first);
  if (!startsWithPrep && !firstInMedium) {
    // An unnamed speaker: «مصدر عسكري», «مصادر محلية», «المتحدث باسم الجيش», «بيان صادر عن القيادة».
    let head = first.fold;
    if (head.startsWith('ال')) head = head.slice(2);
    // A name that starts with the group word («الجيش اللبناني» from the alias table) is a name; the
    // group word alone tagged as a name («الناشطون» as PERS) is the tagger's slip.
    const firstIsName = ents.some((e) => e.start <= first.start && e.end > first.start && (e.end > first.end || e.source === 'alias'));
    if (first.word && !firstIsName && (ctx.cues.groups.has(first.fold) || ctx.cues.groups.has(head))) {
      // «أعلنت حملة «الرقة تذبح بصمت»»: the group word heads the name right after it; with no
      // quotation mark between («نادي الاتفاق»), the group word is the name's own.
      let n = from + 1;
      while (n < to && !words[n]!.word) n++;
      const nextWord = n < to ? words[n]! : undefined;
      const named = nextWord && ents.find((e) => SPEAKER_TYPES.has(e.type) && e.start >= first.end && e.start <= nextWord.start && e.end >= nextWord.end);
      if (named) {
        const whole = !/[«“"]/u.test(text.slice(first.end, named.start));
        return { speaker: whole ? { ...entitySpeaker(named, false), ...span(text, first.start, named.end), name: text.slice(first.start, named.end) } : entitySpeaker(named, false), role: named.role, medium, explicit: true };
      }
      let k = from + 1;
      while (k < to && k - from < MAX_GROUP_WORDS && words[k]!.word && words[k]!.fold.length > 1 && !preps?.has(words[k]!.fold) && !GROUP_STOPS.has(words[k]!.fold) && outsideMedium(words[k]!)) k++;
      // «دعت جمعية حماية المستهلك الجزائرية التجار إلى …»: an object may follow, so the name ends
      // where an organisation's name does.
      if (objectFollows && !first.fold.startsWith('ال')) k = Math.min(k, orgNameEnd(ctx, from, to));
      // Not ending on a preposition («البيان في وقت متأخر» → «البيان»).
      while (k > from + 1 && TRAILING_PREPS.has(words[k - 1]!.fold)) k--;
      // «المتحدث ذاته», «المسؤول نفسه»: the speaker named before.
      const last = ctx.speakers[ctx.speakers.length - 1];
      if (k > from + 1 && ctx.cues.same.has(words[from + 1]!.fold) && last) return { speaker: { ...last, carried: true }, role: null, medium, explicit: true };
      // «المسؤول», «المصدر», «الناشطون» alone: the group the article named before; «الوزارة»,
      // «الجمعية»: the organisation it named before («وزارة الصحة والسكان»).
      if (k === from + 1 && first.fold.startsWith('ال')) {
        const before = [...ctx.speakers].reverse().find((sp) => sp.canonical === null && fold(sp.text).split(/\s+/)[0]!.replace(/^ال/, '') === head);
        if (before) return { speaker: { ...before, carried: true }, role: null, medium, explicit: true };
        // «وأوضح المتحدث أن …» after «قال المتحدث باسم الرئاسة، محمد الشناوي، إن …»: the person given that role.
        const r = ctx.speakerRoles.findLastIndex((role, n) => role !== null && ctx.speakers[n]!.type === 'PERS' && fold(role.text).split(/\s+/)[0]!.replace(/^ال/, '') === head);
        if (r >= 0) return { speaker: { ...ctx.speakers[r]!, carried: true }, role: ctx.speakerRoles[r]!, medium, explicit: true };
        const org = ctx.cues.groups.has(head) ? orgBefore(ctx, head, first.start) : null;
        if (org && isEntity(org)) return { speaker: entitySpeaker(org, true), role: null, medium, explicit: true };
        if (org) return { speaker: { ...org, canonical: null, name: null, type: null, carried: true }, role: null, medium, explicit: true };
      }
      const person = ents.find((e) => e.type === 'PERS' && e.start > first.start);
      // «قال المتحدث باسم وزارة الصحة عماد أبو عيشة:»: a person inside the group's words is the
      // speaker, and the words before them the role.
      if (person && !person.role && person.start <= words[k - 1]!.end && person.start > words[from + 1]!.start) {
        const before = words.findLast((w) => w.end <= person.start);
        if (before && before.word) return { speaker: entitySpeaker(person, false), role: span(text, first.start, before.end), medium, explicit: true };
      }
      // «المتحدث باسم الوزارة العقيد فادي نصار»: the group word heads a role of a named person.
      if (person && person.role && person.role.start <= first.start) return { speaker: entitySpeaker(person, false), role: person.role, medium, explicit: true };
      // «قال المتحدث باسم الرئاسة، محمد الشناوي، إن …»: the role, then the person in apposition.
      const after = k < to && COMMAS.has(words[k]!.fold) ? words[k + 1] : undefined;
      if (person && after && person.start === after.start) {
        return { speaker: entitySpeaker(person, false), role: span(text, first.start, words[k - 1]!.end), medium, explicit: true };
      }
      return { speaker: { ...span(text, first.start, words[k - 1]!.end), canonical: null, name: null, type: null, carried: false }, role: null, medium, explicit: true };
    }
    const person = ents.find((e) => SPEAKER_TYPES.has(e.type));
    // A place or other name is the speaker only when it is the subject itself: «قالت موسكو».
    const lead = ents[0];
    // After a participle the words are its object: «داعياً الله أن …» is no statement of God's.
    if (!participle && lead && lead.start <= first.end && !SPEAKER_TYPES.has(lead.type)) return { speaker: entitySpeaker(lead, false), role: lead.role, medium, explicit: true };
    if (person) return { speaker: entitySpeaker(person, false), role: speakerRole(ctx, ctx.roles, person, from, to), medium, explicit: true };
    // «من جهته، أكد الوزير»: the person the article gave that role.
    const titled = first.word ? personByTitle(ctx, first.fold, first.start) : null;
    if (titled) return { speaker: entitySpeaker(titled, true), role: titled.role, medium, explicit: true };
    // A short name the tagger missed («قال الشرع»): a word of a person named earlier in the article.
    // «ولد الشيخ» after «الداه ولد الشيخ»: the last two words of a longer name.
    const second = words[from + 1];
    const tail = first.word && second?.word && from + 1 < to ? tailNameOf(ctx, first, second) : null;
    if (tail) return { speaker: { ...entitySpeaker(tail, false), ...span(text, first.start, second!.end) }, role: tail.role, medium, explicit: true };
    const known = first.word ? shortNameOf(ctx, first) : null;
    if (known) return { speaker: { ...entitySpeaker(known, false), ...span(text, first.start, first.end) }, role: known.role, medium, explicit: true };
    const byHonorific = honorific();
    if (byHonorific) return { ...byHonorific, medium };
    // A definite noun as subject that no name follows: the organisation with that head named
    // before («وقال الصندوق» → «صندوق النقد الدولي»), else the words themselves, an unnamed
    // speaker («وقال المقيم الأمريكي», «وأشار التقرير»).
    const definiteSubject = !participle && first.word && first.fold.startsWith('ال') && first.fold.length > 3 ? describedSpeaker(ctx, from, to) : null;
    if (definiteSubject) return { ...definiteSubject, medium };
  }
  return { speaker: null, role: null, medium, explicit: startsWithPrep ? false : !firstInMedium && first.word };
}

/**
 * The speaker a definite noun at `from` stands for (see {@link subjectIn}): the organisation with
 * that head named before, else the noun with the adjectives that follow it (at most
 * {@link MAX_DESCRIBED_WORDS} words, up to a preposition, a comma or the clause).
 */
function describedSpeaker(ctx: Context, from: number, to: number): Omit<Found, 'medium'> | null {
  const { words, text } = ctx;
  const first = words[from]!;
  const org = orgBefore(ctx, first.fold.slice(2), first.start);
  if (org && isEntity(org) && SPEAKER_TYPES.has(org.type)) return { speaker: entitySpeaker(org, true), role: null, explicit: true };
  if (org && !isEntity(org)) return { speaker: { ...org, canonical: null, name: null, type: null, carried: true }, role: null, explicit: true };
  let k = from + 1;
  while (k < to && k - from < MAX_DESCRIBED_WORDS && words[k]!.word && words[k]!.fold.startsWith('ال') && !TRAILING_PREPS.has(words[k]!.fold)) k++;
  return { speaker: { ...span(text, first.start, words[k - 1]!.end), canonical: null, name: null, type: null, carried: false }, role: null, explicit: true };
}

/** Words of a definite noun phrase taken as an unnamed speaker, at most: «المدرب الإسباني». */
const MAX_DESCRIBED_WORDS = 3;

/**
 * Words before a subject that are none: a participle after its verb («أكد قائلاً»), an honorific
 * for the person just named («وأوضح معاليه»), a time («صرح الأسبوع الماضي بأن»).
 */
export function skipLead(ctx: Context, from: number, to: number): number {
  const inTime = (w: QWord): boolean => ctx.times.some((t) => w.start >= t.start && w.end <= t.end);
  while (from < to) {
    const w = ctx.words[from]!;
    if (!w.word || !(ctx.cues.pronouns.has(w.fold) || verbAt(ctx, from)?.participle || inTime(w))) break;
    from++;
  }
  return from;
}

/** The mention is spoken to, not speaking: «ل» right before it («لرويترز», «لـ«رويترز»», «لـ وكالة»). */
export function addressee(ctx: Context, e: Entity): boolean {
  let k = e.start - 1;
  while (k >= 0 && /[«“"\s\u0640]/u.test(ctx.text[k]!)) k--;
  // «لإذاعة موزاييك», «لقناة الجزيرة»: an outlet after ل.
  const before = ctx.words.findLast((w) => w.end <= k + 1);
  if (before && before.word && before.fold.startsWith('ل') && ctx.cues.outlets.has(before.fold.slice(1).replace(/^ال/, ''))) return true;
  if (k < 0 || ctx.text[k] !== 'ل') return false;
  // The ل is a word of its own («لـ») or the start of the one the entity is in («لوكالة رويترز» → «وكالة رويترز»).
  return k === 0 || !/[\p{L}\p{M}]/u.test(ctx.text[k - 1]!) || k === e.start - 1;
}

/** The one person named before `pos` whose name words (search form) `fits` takes, or null when none or several do. */
function earlierPerson(ctx: Context, pos: number, fits: (parts: readonly string[]) => boolean): Entity | null {
  const found = new Map<string, Entity>();
  for (const e of ctx.entities) {
    if (e.start >= pos || e.type !== 'PERS') continue;
    if (fits(fold(e.text).split(/\s+/))) found.set(e.canonical, e);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * The person named earlier whose first or last name word is `w` («الشرع» → «أحمد الشرع»), when
 * exactly one earlier person fits. Words of one letter pair or less never match.
 */
export function shortNameOf(ctx: Context, w: QWord): Entity | null {
  if (w.fold.length < 3) return null;
  return earlierPerson(ctx, w.start, (parts) => parts.length > 1 && (parts[0] === w.fold || parts[parts.length - 1] === w.fold));
}

/** The person of three words or more named earlier whose last two words are `a b`, when exactly one fits. */
export function tailNameOf(ctx: Context, a: QWord, b: QWord): Entity | null {
  if (a.fold.length < 2 || b.fold.length < 3) return null;
  return earlierPerson(ctx, a.start, (parts) => parts.length > 2 && parts[parts.length - 2] === a.fold && parts[parts.length - 1] === b.fold);
}
