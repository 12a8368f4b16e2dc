/**
 * The words between a speech verb and its clause, read once for the speaker rules
 * (speaker-rules/): where a subject may start, the medium among them, the entities that may speak,
 * and whether an unnamed group opens them («مصدر عسكري», «المتحدث باسم الجيش»).
 */
import type { Entity } from '../core/entity-schema.js';
import { orgNameEnd } from './back-reference.js';
import { inTime, span, type Context } from './context.js';
import { attributionOpeners } from './cues.js';
import { isOutletName } from '../entities/outlet-names.js';
import { isPlatformKey } from '../entities/platform-names.js';
import { nameKey } from '../entities/fold-name.js';
import { isNominativePlural, isObliquePlural, quantifiedFrom, shareAlone } from './group-opening.js';
import { mediumAt, reportedMediumEnd } from './medium.js';
import { nounPhraseEnd } from './noun-phrase.js';
import { roleComplement } from './role-complement.js';
import { isIndefiniteAccusative, isNisba } from './word-shape.js';
import { TAG } from '../text/lexicon-tags.js';
import type { TextSpan } from '../core/quote-schema.js';
import { verbAt } from './verb-at.js';
import type { QWord } from './words.js';

/** An unnamed speaker's words at most («بيان صادر عن وزارة الصحة»); the cue file's name-stop words end them sooner. */
const MAX_GROUP_WORDS = 7;
/** Words of an outlet's name in quotation marks after a group word, at most («مصادر «الشرق الأوسط»»). */
const OUTLET_WORDS = 3;

export interface SubjectRegion {
  ctx: Context;
  /** The region's first word as given, before the words that are no subject (see {@link skipLead}). */
  lead: number;
  /** Where a subject may start, and the end (word indices). */
  from: number;
  to: number;
  lemma: string | null;
  /** After a participle the words are its object, unless they name a person or organisation. */
  participle: boolean;
  /** A noun complement follows (after the verb's preposition), so an object may stand before it. */
  objectFollows: boolean;
  medium: TextSpan | null;
  /** The first word of a subject. */
  first: QWord;
  /** The verb's prepositions before its clause («أشار إلى»). */
  preps: ReadonlySet<string> | undefined;
  /** Entities of the region that may speak: none inside another's role, in the medium, or spoken to. */
  ents: Entity[];
  /** The first word without the article. */
  head: string;
  /** An unnamed group opens the region («مصدر عسكري», «المتحدث باسم الجيش»), not a name's own word. */
  group: boolean;
  /** Where the group's words end (a word index), when `group`. */
  groupEnd: number;
  /**
   * A word of saying ends the words («وختم حديثه قائلاً: …», «وزاد في هذا الاتجاه بقوله: …»): they
   * are the verb's object or adverbs, and its subject is the one named before.
   */
  saying: boolean;
  /** Whether a span lies outside the medium. */
  outsideMedium(e: { start: number; end: number }): boolean;
}

/**
 * The region of words [from, to), or null when no subject can stand there: nothing but words that
 * are none, a preposition of the verb's clause first («أشار إلى …»), the medium first, God after a
 * verb of praying («ودعا الله أن …»), or a plural in the oblique, the verb's object («ودعت الكينيين»).
 */
export function readRegion(ctx: Context, from: number, to: number, lemma: string | null, participle: boolean, objectFollows: boolean): { region: SubjectRegion | null; lead: number; from: number; medium: TextSpan | null; empty: boolean } {
  const { words, text } = ctx;
  const lead = from;
  from = pastInformedOutlet(ctx, skipLead(ctx, from, to), to);
  // «ولفت النظر إلى أن …»: the idiom's noun is the verb's object; the subject is carried.
  if (lemma && from < to && ctx.cues.verbObjects.get(lemma)?.has(ctx.words[from]!.fold)) from++;
  let medium: TextSpan | null = null;
  const inMedium: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    const end = mediumAt(ctx, i, to);
    if (end < 0) continue;
    const s = words[i]!.start;
    const e = words[end - 1]!.end;
    if (!medium) medium = span(text, s, words[reportedMediumEnd(ctx, i, end) - 1]!.end);
    inMedium.push([s, e]);
    i = end - 1;
  }
  const outsideMedium = (e: { start: number; end: number }): boolean => !inMedium.some(([s, t]) => e.start >= s && e.end <= t);
  if (from >= to) return { region: null, lead, from, medium, empty: true };
  const first = words[from]!;
  const preps = lemma ? ctx.cues.preps.get(lemma) : undefined;
  // A lone preposition right before the clause is the clause's own, whatever the verb lists
  // («وأضاف إلى أن …», «ومبيناً إلى أن …»): no subject either.
  const startsWithPrep = (preps?.has(first.fold) ?? false) || (from + 1 === to && ctx.cues.trailingPreps.has(first.fold));
  const firstInMedium = !outsideMedium(first);
  // «ودعا الله عز وجل أن …»: God prayed to is the verb's object; its subject is carried.
  const prayedTo = lemma !== null && ctx.cues.prayerVerbs.has(lemma) && ctx.cues.prayedTo.has(first.fold);
  // «ودعت الكينيين إلى …»: a plural in the oblique right after the verb is its object.
  const object = from === lead && isObliquePlural(ctx, first);
  if (startsWithPrep || firstInMedium || prayedTo || object) return { region: null, lead, from, medium, empty: false };
  // Not a speaker: a name inside another name's role («المتحدثة باسم الصليب الأحمر ليلى منصور»),
  // or completing a role («رئيس [غرفة الشرقية]»), or the one spoken to («لـ«رويترز»», «لوكالة الأنباء»).
  const inRegion = ctx.entities.filter((e) => e.start >= first.start && e.end <= words[to - 1]!.end && outsideMedium(e));
  // Nor a platform the words were posted on («من خلالها حسابها الرسمي على "تويتر"»).
  const ents = inRegion.filter((e) => !inRegion.some((o) => o !== e && o.role && e.start >= o.role.start && e.end <= o.role.end) && !addressee(ctx, e) && !roleComplement(ctx, e) && !informedOutlet(ctx, e, inRegion, to) && !postedOn(ctx, e));
  const head = first.fold.startsWith('ال') ? first.fold.slice(2) : first.fold;
  // A name that starts with the group word («الجيش اللبناني» from the alias table) is a name; the
  // group word alone tagged as a name («الناشطون» as PERS) is the tagger's slip.
  const firstIsName = ents.some((e) => e.start <= first.start && e.end > first.start && (e.end > first.end || e.source === 'alias'));
  // «عدد من المواطنين», «أحد الباعة»: the group's own words start after the quantifier.
  const partOf = first.word && !firstIsName ? quantifiedFrom(ctx, from, to) : -1;
  const share = shareAlone(ctx, from, to);
  const group = share || (first.word && !firstIsName && (ctx.cues.groups.has(first.fold) || ctx.cues.groups.has(head) || partOf >= 0 || isNominativePlural(ctx, first)));
  const groupFrom = partOf >= 0 ? partOf : from;
  let groupEnd = share ? to : groupFrom + 1;
  if (group && !share) {
    // «مصادر «الوطن»»: an outlet's name in quotation marks right after the group word is part of it.
    const m = ctx.markAt.get(groupEnd);
    if (m !== undefined && ctx.markWords[m]! <= OUTLET_WORDS) {
      const close = ctx.marks[m]!.end;
      while (groupEnd < to && words[groupEnd]!.start < close) groupEnd++;
    }
    // «مراسل الأناضول | وفقا للمعلومات»: an attribution phrase («وفقا ل», «بحسب») ends the group's words too.
    const attribution = attributionOpeners(ctx.cues);
    while (groupEnd < to && groupEnd - from < MAX_GROUP_WORDS && words[groupEnd]!.word && words[groupEnd]!.fold.length > 1 && !preps?.has(words[groupEnd]!.fold) && !ctx.cues.nameStops.has(words[groupEnd]!.fold) && !ctx.cues.saying.has(words[groupEnd]!.fold) && !attribution.has(words[groupEnd]!.fold) && !inTime(ctx, words[groupEnd]!) && outsideMedium(words[groupEnd]!) && !spokenTo(ctx, words[groupEnd]!) && !accusativeAt(ctx, groupEnd)) groupEnd++;
    // «دعا آخرون | دولة الإمارات إلى …»: a noun no genitive can be is the verb's object.
    groupEnd = nounPhraseEnd(ctx, groupFrom, groupEnd);
    // «دعت جمعية حماية المستهلك الجزائرية التجار إلى …»: an object may follow, so the name ends
    // where an organisation's name does.
    // A definite group word names no one after it but its adjectives («ودعا المجلس الحكومات إلى …»).
    if (objectFollows) groupEnd = Math.min(groupEnd, words[groupFrom]!.fold.startsWith('ال') ? nisbaEnd(ctx, groupFrom + 1, to) : orgNameEnd(ctx, groupFrom, to));
    // Not ending on a preposition («البيان في وقت متأخر» → «البيان»).
    while (groupEnd > from + 1 && ctx.cues.trailingPreps.has(words[groupEnd - 1]!.fold)) groupEnd--;
  }
  const saying = verbAt(ctx, to - 1)?.participle === true || ctx.cues.saying.has(words[to - 1]!.fold);
  const region: SubjectRegion = { ctx, lead, from, to, lemma, participle, objectFollows, medium, first, preps, ents, head, group, groupEnd, saying, outsideMedium };
  return { region, lead, from, medium, empty: false };
}

/** «مصدر أمني في المدينة | طالبا عدم كشف هويته»: an accusative participle of state ends a group's words. */
const accusativeAt = (ctx: Context, k: number): boolean => ctx.words[k]!.word && isIndefiniteAccusative(ctx.text.slice(ctx.words[k]!.start, ctx.words[k]!.end), ctx.roles.lexicon(), TAG.adjective);

/** A platform after a preposition, a quotation mark between or not: what the words were posted on («على "تويتر"»), not who said them. */
function postedOn(ctx: Context, e: Entity): boolean {
  if (!isPlatformKey(nameKey(e.text))) return false;
  let k = ctx.words.findIndex((w) => w.end > e.start) - 1;
  while (k >= 0 && !ctx.words[k]!.word && /^[«»"“”]$/u.test(ctx.words[k]!.fold)) k--;
  const prev = ctx.words[k];
  return prev !== undefined && (ctx.cues.mediumPreps.has(prev.fold) || ctx.cues.trailingPreps.has(prev.fold));
}

/** The end of the nisba adjectives from word `k` («السعودي», «الأمريكية»). */
function nisbaEnd(ctx: Context, k: number, to: number): number {
  while (k < to && ctx.words[k]!.word && isNisba(ctx.words[k]!.fold)) k++;
  return k;
}

/**
 * Words before a subject that are none: a participle after its verb («أكد قائلاً»), an honorific
 * for the person just named («وأوضح معاليه»), a time («صرح الأسبوع الماضي بأن»), a demonstrative
 * before a definite noun («وأعلنت هذه الوحدات»).
 */
export function skipLead(ctx: Context, from: number, to: number): number {
  while (from < to) {
    const w = ctx.words[from]!;
    const next = ctx.words[from + 1];
    // «وأعلنت هذه الوحدات»: a demonstrative before the definite noun that is the subject.
    const demonstrative = ctx.cues.demonstratives.has(w.fold) && next !== undefined && next.word && next.fold.startsWith('ال') && from + 1 < to;
    if (!w.word || !(ctx.cues.pronouns.has(w.fold) || verbAt(ctx, from)?.participle || inTime(ctx, w) || demonstrative)) break;
    from++;
  }
  return from;
}

/** The word is an outlet after ل, spoken to: «لإذاعة موزاييك», «لقناة الجزيرة», «لصحيفة الوطن», «لـCNN». */
export const spokenTo = (ctx: Context, w: QWord): boolean => w.word && w.fold.startsWith('ل') && (ctx.cues.outlets.has(w.fold.slice(1).replace(/^ال/u, '')) || LATIN_AFTER_L.test(w.fold));
/** «لـCNN»: ل (and a tatweel) on a name in Latin letters. */
const LATIN_AFTER_L = /^ل\u0640*[a-z]/u;

/**
 * A news outlet right after the verb with someone else named after it is the one informed, not the
 * speaker: «وأبلغ "الوطن" المحامي حامد أحمد بأن …», «أبلغ "الاقتصادية" مصدر مسؤول أن …».
 */
function informedOutlet(ctx: Context, e: Entity, inRegion: readonly Entity[], to: number): boolean {
  if (e.type !== 'ORG' || !isOutletName(e.text)) return false;
  if (inRegion.some((o) => o.start >= e.end && (o.type === 'PERS' || o.type === 'ORG'))) return true;
  const next = ctx.words.find((w) => w.start >= e.end && w.word);
  const k = next ? ctx.words.indexOf(next) : -1;
  return k >= 0 && k < to && isGroupWord(ctx, next!.fold);
}

/** A group word, with the article or without: «مصدر», «المصادر». */
const isGroupWord = (ctx: Context, fold: string): boolean => ctx.cues.groups.has(fold) || ctx.cues.groups.has(fold.replace(/^ال/u, ''));

/**
 * The word after an outlet's name in quotation marks at word `from`, «ل» in front or not, when a
 * group word or a named person or organisation follows it before `to`: the outlet informed or
 * spoken to, not the speaker («أبلغ "الاقتصادية" | مصدر مسؤول …، أن …», «كشف لـ"الاقتصادية" |
 * مختصون …»); else `from`.
 */
function pastInformedOutlet(ctx: Context, from: number, to: number): number {
  const { words } = ctx;
  const at = words[from]?.fold === 'ل' ? from + 1 : from;
  const m = ctx.markAt.get(at);
  if (m === undefined || ctx.markWords[m]! > OUTLET_WORDS) return from;
  const mark = ctx.marks[m]!;
  if (!isOutletName(ctx.text.slice(mark.innerStart, mark.innerEnd))) return from;
  let k = at + 1;
  while (k < to && words[k]!.start < mark.end) k++;
  if (k >= to || !words[k]!.word) return from;
  const w = words[k]!;
  const named = ctx.entities.some((e) => e.start === w.start && (e.type === 'PERS' || e.type === 'ORG'));
  return named || isGroupWord(ctx, w.fold) || isNominativePlural(ctx, w) ? k : from;
}

/** The mention is spoken to, not speaking: «ل» right before it («لرويترز», «لـ«رويترز»», «لـ وكالة»). */
export function addressee(ctx: Context, e: Entity): boolean {
  let k = e.start - 1;
  while (k >= 0 && /[«“"\s\u0640]/u.test(ctx.text[k]!)) k--;
  const before = ctx.words.findLast((w) => w.end <= k + 1);
  if (before && spokenTo(ctx, before)) return true;
  if (k < 0 || ctx.text[k] !== 'ل') return false;
  // The ل is a word of its own («لـ») or the start of the one the entity is in («لوكالة رويترز» → «وكالة رويترز»).
  return k === 0 || !/[\p{L}\p{M}]/u.test(ctx.text[k - 1]!) || k === e.start - 1;
}
