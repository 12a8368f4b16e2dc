/**
 * The speaker when the words after the verb name none: the subject before the verb in its sentence
 * («أما جارته سعاد الزين فتؤكد أن …»), the subject of the sentence a participle ends, the entity a
 * turn points to («من جهته»), or the one mentioned last.
 */
import type { Entity } from '../core/entity-schema.js';
import { isOutletName } from '../entities/outlet-names.js';
import { orgNameEnd, personByTitle } from './back-reference.js';
import { COMMAS, phraseAt, RELATIVES, span, THAT, type Agreement, type Context } from './context.js';
import { descriptionBefore } from './description-before.js';
import { roleComplement } from './role-complement.js';
import type { Quote, Speaker } from '../core/quote-schema.js';
import { entitySpeaker, SPEAKER_TYPES, subjectIn } from './subject.js';
import { unnamedSpeaker } from './speaker.js';
import { readRegion } from './subject-region.js';
import { isIndefiniteAccusative, onlyVerb, prepositionOnNoun } from './word-shape.js';
import { bareSubject } from './speaker-rules/bare-subject.js';
import { groupHeadsName } from './speaker-rules/group-heads-name.js';
import { groupNamedBefore } from './speaker-rules/group-named-before.js';
import { personInGroup } from './speaker-rules/person-in-group.js';
import { unnamedGroup } from './speaker-rules/unnamed-group.js';
import { verbAt } from './verb-at.js';
import { isKnownWord } from '../text/inflection.js';
import { defaultStopwords } from '../text/stopwords.js';
import { NOMINAL, TAG } from '../text/lexicon-tags.js';
import { defaultMorphologyTables } from '../text/morphology-tables.js';
import { normalizeText } from '../text/normalize.js';

/** Words of an unnamed subject after the verb that a participle's sentence opens with, at most. */
const SUBJECT_WORDS = 3;

/** The sentence's first words, after و/ف: a turn («من جهته») to the entity just mentioned? */
export function turnsTo(ctx: Context, sentenceFirst: number): boolean {
  return ctx.cues.turn.some((p) => phraseAt(ctx, sentenceFirst, p) >= 0);
}

/**
 * «… الأمير مشعل بن ماجد الذي شدد على أن …»: a verb right after a relative pronoun speaks for the
 * person or organisation the pronoun follows (a comma between or not).
 */
export function relativeAntecedent(ctx: Context, v: number): { speaker: Speaker; role: Quote['role'] } | null {
  const { words } = ctx;
  // The verb agrees with the pronoun, or the clause has a subject of its own («الملا عمر الذي أعلنت أجهزة …»).
  const agrees = v >= 2 ? RELATIVES.get(words[v - 1]!.fold) : undefined;
  if (!agrees || agreementOf(ctx, words[v]!.fold) !== agrees) return null;
  const before = COMMAS.has(words[v - 2]!.fold) ? v - 3 : v - 2;
  if (before < 0) return null;
  const end = words[before]!.end;
  // Not a name that completes a role («ممثل صندوق النقد الدولي الذي قال»): the role's holder speaks.
  const e = ctx.entities.find((x) => x.end === end && SPEAKER_TYPES.has(x.type) && !roleComplement(ctx, x));
  return e ? { speaker: entitySpeaker(e, false), role: e.role } : null;
}

/** «أما», the particle of a topic that its clause then speaks of. */
const TOPIC: ReadonlySet<string> = new Set(['اما', 'واما']);
/** «كان» with و/ف, which opens a clause of the past before its subject and verb (search form). */
const KANA: ReadonlySet<string> = new Set(['وكان', 'وكانت', 'فكان', 'فكانت']);

/** A preposition, with و/ف in front or not («وعن», «في»). */
const opensWithPreposition = (ctx: Context, fold: string): boolean =>
  ctx.cues.trailingPreps.has(fold) || ((fold[0] === 'و' || fold[0] === 'ف') && ctx.cues.trailingPreps.has(fold.slice(1)));

/**
 * The subject before the verb in its own sentence («أما جارته سعاد الزين فتؤكد أن …»): the first
 * person or organisation of the sentence, when no comma or other verb stands between it and the verb.
 * One comma before the verb, only its particles between («، فقد قال»), is the subject's own when the
 * sentence opens with the subject's phrase, no preposition, comma or verb before it: «مدير شرطة
 * محافظة الطائف العميد عبدالرحمن الثمالي، أكد أن …», «أما المحامي موسى النمراني، فقد كتب …».
 */
export function subjectBefore(ctx: Context, sentenceFirst: number, v: number): { speaker: Speaker; role: Quote['role'] } | null {
  // «…، أما محمد هارون فقال إن …»: «أما» opens a clause of its own, whose topic is the subject.
  // «…، وكان محمد الناصر، رئيس البرلمان، قد وعد …»: «كان» after a comma opens a clause of its own,
  // whose subject comes after it.
  for (let k = v - 1; k > sentenceFirst; k--) {
    if (TOPIC.has(ctx.words[k]!.fold) || (KANA.has(ctx.words[k]!.fold) && COMMAS.has(ctx.words[k - 1]!.fold))) {
      sentenceFirst = k;
      break;
    }
  }
  const from = ctx.words[sentenceFirst]!.start;
  const verbStart = ctx.words[v]!.start;
  // A news outlet opening the sentence is the writer's own paper (««عكاظ» وضعت معاناة المراجعين أمام المتحدث …»).
  const e = ctx.entities.find((x) => x.start >= from && x.end <= verbStart && SPEAKER_TYPES.has(x.type) && !roleComplement(ctx, x) && !isOutletName(x.text));
  if (!e) return null;
  // The sentence opens with the subject's phrase: no comma and no verb before it, and no
  // preposition first («وعن مشواره مع نادي النصر، قال:» names no subject).
  let opens = !opensWithPreposition(ctx, ctx.words[sentenceFirst]!.fold);
  for (let k = sentenceFirst; k < v && ctx.words[k]!.start < e.start; k++) if (COMMAS.has(ctx.words[k]!.fold) || verbAt(ctx, k)) opens = false;
  const apposition = appositionAfter(ctx, e, v);
  for (let k = sentenceFirst; k < v; k++) {
    const w = ctx.words[k]!;
    if (w.start < e.end || (apposition && k >= apposition[0] && k <= apposition[1])) continue;
    if (COMMAS.has(w.fold) && opens && particlesOnly(ctx, k + 1, v)) continue;
    if (COMMAS.has(w.fold) || w.fold === ':' || verbAt(ctx, k)) return null;
  }
  return { speaker: entitySpeaker(e, false), role: e.role };
}

/** Words [from, to) are particles that stand before a verb, or none: «، فقد قال», «، قال». */
function particlesOnly(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const f = ctx.words[k]!.fold;
    if (!ctx.cues.verbParticles.has(f) && !((f[0] === 'ف' || f[0] === 'و') && ctx.cues.verbParticles.has(f.slice(1)))) return false;
  }
  return true;
}

/** Words of an apposition between commas after a subject, at most («، رئيس الحكومة التونسية ،»). */
const APPOSITION_WORDS = 8;

/**
 * «وكان الحبيب الصيد، رئيس الحكومة التونسية، قد أكد»: the first and last word indexes of an
 * apposition set off by two commas right after `e`, with no verb in it and before word `v`; else null.
 */
function appositionAfter(ctx: Context, e: Entity, v: number): [number, number] | null {
  const { words } = ctx;
  let open = 0;
  while (open < v && words[open]!.start < e.end) open++;
  if (open >= v || !COMMAS.has(words[open]!.fold)) return null;
  for (let k = open + 1; k < v && k - open <= APPOSITION_WORDS + 1; k++) {
    if (COMMAS.has(words[k]!.fold)) {
      // «مركز …، الدكتور عبدالله الربيعة، عن …»: a person set off after an organisation is the subject itself.
      const person = e.type !== 'PERS' && ctx.entities.some((x) => x.type === 'PERS' && x.start >= words[open]!.end && x.end <= words[k]!.start);
      // Two words at least: «…الحوثيين، أمس، أمام» sets off an adverb, not a description.
      return k > open + 2 && !person ? [open, k] : null;
    }
    if (!words[k]!.word || verbAt(ctx, k)) return null;
  }
  return null;
}

/**
 * The subject of the sentence a participle ends («رحّب الوزير سامر العتيبي بالمشروع، مؤكداً أن …»,
 * «ودعت المديرية السكان إلى …، مؤكدةً أن …»): its first person or organisation (not one inside
 * another's role), else an unnamed subject right after its first word, the verb.
 */
export function sentenceSubject(ctx: Context, sentenceFirst: number, v: number): { speaker: Speaker; role: Quote['role'] } | null {
  // «عبد الرحمن الفيفي- سبق- فيفاء: يعاني أهالي جبال فيفاء …»: the sentence starts after its byline.
  sentenceFirst = pastByline(ctx, sentenceFirst, v);
  const e = firstNotInRole(ctx, ctx.words[sentenceFirst]!.start, ctx.words[v]!.start, (x) => SPEAKER_TYPES.has(x.type));
  const head = ctx.words[sentenceFirst + 1];
  // «وأكد المتحدث باسم وزارة الخارجية الأمريكية …، مشيراً إلى …»: an organisation inside a role
  // phrase the sentence opens with; the subject is the person the article gave that role.
  if (e && e.type !== 'PERS' && head?.word && head.end <= e.start) {
    const holder = personByTitle(ctx, head.fold, head.start);
    if (holder) return { speaker: entitySpeaker(holder, true), role: holder.role };
  }
  // «عبّر المشرف العام على مركز …، الدكتور عبدالله الربيعة، عن …»: a person after a comma right
  // after the organisation is the one whose office it names.
  if (e && e.type !== 'PERS') {
    const p = personInApposition(ctx, e, ctx.words[v]!.start);
    if (p) return { speaker: entitySpeaker(p, false), role: p.role };
  }
  if (e) return { speaker: entitySpeaker(e, false), role: e.role };
  // An organisation the tagger missed: «وطالبت شركة المياه | السكان بـ…».
  if (head && head.word && !head.fold.startsWith('ال') && ctx.cues.groups.has(head.fold)) {
    // Three words at most here: a place the tagger missed may end the name («نقابة مزارعي عكار | الخسائر»).
    const end = Math.min(orgNameEnd(ctx, sentenceFirst + 1, v), sentenceFirst + 1 + SUBJECT_WORDS);
    if (end - sentenceFirst > 2) return { speaker: { ...span(ctx.text, head.start, ctx.words[end - 1]!.end), canonical: null, name: null, type: null, carried: false }, role: null };
  }
  // Else at most three words: the object follows.
  let k = sentenceFirst + 1;
  while (k < v && k - sentenceFirst <= SUBJECT_WORDS && !COMMAS.has(ctx.words[k]!.fold)) k++;
  const found = subjectIn(ctx, sentenceFirst + 1, k, null);
  return found?.speaker ? { speaker: found.speaker, role: found.role } : null;
}

/** The person named after a comma right after `e` (a title between at most), before `to`. */
function personInApposition(ctx: Context, e: Entity, to: number): Entity | null {
  const k = ctx.words.findIndex((w) => w.start >= e.end);
  if (k < 0 || !COMMAS.has(ctx.words[k]!.fold)) return null;
  const p = ctx.entities.find((x) => x.type === 'PERS' && x.start > e.end && x.end <= to);
  if (!p) return null;
  // Only the person's title may stand between the comma and the name («الدكتور»).
  const between = ctx.words.filter((w) => w.start > ctx.words[k]!.start && w.end <= p.start);
  return between.every((w) => p.role !== null && w.start >= p.role.start && w.end <= p.role.end) ? p : null;
}

/** The first person named in [from, to), not one inside another's role. */
export function firstPerson(ctx: Context, from: number, to: number): Entity | null {
  return firstNotInRole(ctx, from, to, (x) => x.type === 'PERS');
}

/** The first entity in [from, to) that `wanted` takes and that lies in no other one's role there. */
function firstNotInRole(ctx: Context, from: number, to: number, wanted: (e: Entity) => boolean): Entity | null {
  const ents = ctx.entities.filter((e) => e.start >= from && e.end <= to && !bylineWriter(ctx, e));
  return ents.find((x) => wanted(x) && !ents.some((o) => o !== x && o.role && x.start >= o.role.start && x.end <= o.role.end)) ?? null;
}

/** The last person or organisation mentioned before `pos`, not a byline's writer. */
export function lastEntityBefore(ctx: Context, pos: number): Entity | null {
  let best: Entity | null = null;
  for (const e of ctx.entities) if (e.end <= pos && SPEAKER_TYPES.has(e.type) && (!best || e.start > best.start) && !bylineWriter(ctx, e)) best = e;
  return best;
}

/** Words of a byline at most, up to its colon. */
const BYLINE_WORDS = 12;

/** The word after the colon of a byline that opens at word `k` with its writer (before word `v`); else `k`. */
function pastByline(ctx: Context, k: number, v: number): number {
  const writer = ctx.entities.find((e) => e.start === ctx.words[k]!.start && bylineWriter(ctx, e));
  if (!writer) return k;
  for (let j = k + 1; j < v && j - k <= BYLINE_WORDS; j++) if (ctx.words[j]!.fold === ':') return j + 1;
  return k;
}

/** A dash after a name, as a byline writes it: «-», «–», «—», or a tatweel standing alone. */
const BYLINE_DASH = /^\s*(?:[-\u2013\u2014]|\u0640+\s)/u;

/**
 * «عبد الرحمن الفيفي- سبق- فيفاء: يعاني أهالي جبال فيفاء …، مشيرين إلى أن …»: a person who opens a
 * paragraph with a dash after the name writes the story; the story does not quote them.
 */
function bylineWriter(ctx: Context, e: Entity): boolean {
  if (e.type !== 'PERS') return false;
  const first = ctx.words.find((w) => w.end > e.start);
  return first !== undefined && first.paraStart && first.start >= e.start - 1 && BYLINE_DASH.test(ctx.text.slice(e.end, e.end + 4));
}

/** Words of a group named before its plural verb, at most («مسؤولون في واشنطن»). */
const GROUP_WORDS = 6;

/**
 * A group the sentence opens with, before a plural verb and with no comma or other verb between:
 * «وكان مسؤولون في واشنطن قد صرحوا بأن …», «أطباء العاطفة قالوا: …»; after «كان», a subject of
 * any number («وكان قائد عسكري ميداني يمني قال …»). The words end at a relative («وزراء التجارة
 * الذين يناقشون …»); «كان» and «قد» before or after them are not theirs.
 */
export function groupBefore(ctx: Context, sentenceFirst: number, v: number): { speaker: Speaker; role: null } | null {
  const { words } = ctx;
  const plural = agreementOf(ctx, words[v]!.fold) === 'p';
  let from = sentenceFirst;
  // «لكن محللين قالوا», «فيما أكدوا», «يذكر أن بعض المتعاملين …»: particles and a clause's أن come
  // first; «…أمس، وكان مسؤولون في واشنطن قد صرحوا»: a clause after a comma opens with its own group.
  for (let k = sentenceFirst; k < v; k++) if (THAT.has(withoutConjunction(words[k]!.fold)) || COMMAS.has(words[k]!.fold)) from = k + 1;
  // «وكان قائد عسكري ميداني يمني قال …»: after «كان» the words before the verb are its subject, whatever its number.
  let background = false;
  while (from < v && (!words[from]!.word || BACKGROUND.has(words[from]!.fold) || ctx.cues.openingParticles.has(words[from]!.fold) || ctx.cues.verbParticles.has(words[from]!.fold))) {
    if (BACKGROUND.has(words[from]!.fold)) background = true;
    from++;
  }
  if (!plural && !background) return null;
  // «، والذين حذروا»: a relative clause, whose subject stands before the comma; «، ويكون لها …»: a verb's clause.
  if (from < v && (ctx.cues.nameStops.has(withoutConjunction(words[from]!.fold)) || verbAt(ctx, from) || onlyVerb(words[from]!.fold, ctx.roles.lexicon()))) return null;
  let to = v;
  while (to - 1 > from && (ctx.cues.verbParticles.has(words[to - 1]!.fold) || BACKGROUND.has(words[to - 1]!.fold))) to--;
  let end = to;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (!w.word || ctx.markAt.has(k) || (k > from && verbAt(ctx, k))) return null;
    if (end === to && ctx.cues.nameStops.has(w.fold)) end = k;
  }
  if (end <= from || end - from > GROUP_WORDS || words[from]!.fold.length < 2 || opensWithPreposition(ctx, words[from]!.fold)) return null;
  // A person or organisation there is subjectBefore's.
  if (ctx.entities.some((e) => e.start >= words[from]!.start && e.end <= words[end - 1]!.end && SPEAKER_TYPES.has(e.type))) return null;
  // The speaker rules read the words as they read a subject after the verb («الباحثين» → «باحثون إيطاليون» named before).
  const found = subjectIn(ctx, from, end, null);
  if (found.speaker) return { speaker: found.speaker, role: null };
  // «غير أن الباحثين أوضحوا …» after «أكد باحثون إيطاليون …»: a definite plural stands for the group named before.
  const head = words[from]!.fold;
  const before = end === from + 1 && head.startsWith('ال') ? descriptionBefore(ctx, head.slice(2).replace(/ين$/u, 'ون'), words[from]!.start) : null;
  return { speaker: unnamedSpeaker(before ?? span(ctx.text, words[from]!.start, words[end - 1]!.end), before !== null), role: null };
}

/**
 * Word `k` is a verb in the perfect that opens its clause, a speech verb («أكد») or any other the
 * lexicon reads only as a verb («أشاد»): not a participle, nor an imperfect («فيما يتعلق بـ»).
 */
export function perfectVerbAt(ctx: Context, k: number): boolean {
  const v = verbAt(ctx, k);
  if (v) return !v.participle && !v.passive && /^[وف]?[^يتن]/u.test(ctx.words[k]!.fold);
  const fold = ctx.words[k]!.fold;
  // «فيما كانت الكمية …»: «كان» tells a state, and its noun is no one who acts.
  if (BACKGROUND.has(fold)) return false;
  return !/^[يتن]/u.test(withoutConjunction(fold)) && agreementOf(ctx, fold) !== null && onlyVerb(fold, ctx.roles.lexicon());
}

/** A word without a و or ف in front («فإن» → «إن», «والذين» → «الذين»). */
const withoutConjunction = (fold: string): string => (fold.length > 2 && (fold[0] === 'و' || fold[0] === 'ف') ? fold.slice(1) : fold);

/** «وكان مجلس الوزراء قد وافق …»: the pluperfect tells background, not the one who goes on speaking. */
const BACKGROUND: ReadonlySet<string> = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'كانوا', 'وكانوا']);

/**
 * The agreement of a verb of the third person written `fold` (search form, و/ف in front or not):
 * «قالوا» plural, «قالت» and «تقول» feminine, «قال» and «يقول» masculine. Null where the lexicon
 * reads no verb, a particle («في») or either of two («تحدث»: he spoke, or it happens).
 */
export function agreementOf(ctx: Context, fold: string): Agreement | null {
  const lexicon = ctx.roles.lexicon();
  const tables = defaultMorphologyTables();
  // «وزير» is a word of its own, «وأكد» is و + «أكد».
  const w = (fold.startsWith('و') || fold.startsWith('ف')) && fold.length > 3 && !isKnownWord(fold, lexicon, tables) ? fold.slice(1) : fold;
  const tags = lexicon.get(w) ?? 0;
  if (tags & TAG.function && !(tags & TAG.past)) return null;
  const verb = (x: string): boolean => isKnownWord(x, lexicon, tables, TAG.verb);
  if (w.endsWith('وا') && verb(w.slice(0, -2))) return 'p';
  // «يؤكدون», «يقولون»: the imperfect's plural, whose stem the lexicon may read as a verb of its own.
  if ((w[0] === 'ي' || w[0] === 'ت') && w.endsWith('ون') && verb(w.slice(0, -2))) return 'p';
  if (w.endsWith('ت') && verb(w.slice(0, -1))) return 'f';
  if (w.startsWith('ت') && verb('ي' + w.slice(1))) return tags & TAG.past ? null : 'f';
  return verb(w) ? 'm' : null;
}

/**
 * «وأعرب مدير الإدارة عبدالله الدخيل عن ارتياحه …. وقال: …»: the sentence before opens with a verb
 * and its subject, named or an unnamed source, and that verb agrees with the cue: the subject goes on.
 */
export function previousSentenceSubject(ctx: Context, prevFirst: number, cue: number): { speaker: Speaker; role: Quote['role'] } | null {
  const { words } = ctx;
  let k = prevFirst;
  // «من جهة ثانية، عبر …», «من جانبها، عبّرت …»: an opening phrase or a turn, and its comma, before the verb.
  for (const p of [...ctx.cues.openers, ...ctx.cues.turn]) {
    const after = phraseAt(ctx, k, p);
    if (after < 0) continue;
    k = COMMAS.has(words[after]?.fold ?? '') ? after + 1 : after;
    break;
  }
  // «كما قال أحد المتعاملين …», «لكن المسؤول أكد …»: past a clause-opening particle, a verb must come.
  while (k < cue && ctx.cues.openingParticles.has(words[k]!.fold)) k++;
  const w = words[k]!;
  const next = words[k + 1];
  if (!w.word || !next?.word || BACKGROUND.has(w.fold) || opensWithPreposition(ctx, w.fold)) return null;
  const a = agreementOf(ctx, w.fold);
  const c = agreementOf(ctx, words[cue]!.fold);
  // «عبّرت أسر الشهداء عن اعتزازهم … وأضافوا أن»: a verb before its subject is singular; a verb after
  // it agrees in full, plural with a group (never with one named person or organisation).
  const group = c === 'p' && a !== 'p';
  if (!a || (a !== c && !group)) return null;
  const e = ctx.entities.find((x) => SPEAKER_TYPES.has(x.type) && (x.start === next.start || x.role?.start === next.start));
  if (e) return group ? null : { speaker: entitySpeaker(e, true), role: e.role };
  // «وكشف مصدر مطلع في المعارضة لـ«الشرق الأوسط»، عن …. وقال إن …»: a source or group the source
  // rules read there; not any noun («وقصفت طائرات حربية …»). Its words end where the verb's
  // complement begins: at a comma, a verb, ب written on a noun («وأصيب الصيادون | بصدمة كبيرة»), a
  // complement's preposition or another function word («المكتب البريطاني | لم يفصح»), or an
  // indefinite accusative, the verb's object («وباعت المؤسسة | عددا أكبر»).
  let to = k + 1;
  while (to < words.length && to - k <= UNNAMED_WORDS && words[to]!.sentence === w.sentence && to < cue && !opensComplement(ctx, to)) to++;
  const region = readRegion(ctx, k + 1, to, null, false, false).region;
  if (!region) return null;
  // A plural verb going on names its group whatever the noun («عبّرت أسر الشهداء …، وأضافوا»).
  for (const rule of group ? GROUP_RULES : SOURCE_RULES) {
    const found = rule(region);
    // The source's words open right after the verb: no words the rules skipped to get there. A
    // group that stands for one named before («وأوضح المصدر») is read from there too.
    if (found?.speaker) return found.speaker.start === next.start || (found.speaker.carried && region.from === k + 1) ? { speaker: { ...found.speaker, carried: true }, role: found.role } : null;
  }
  return null;
}

/** Word `k` ends a subject's words after its verb: the complement or object begins there (see {@link previousSentenceSubject}). */
function opensComplement(ctx: Context, k: number): boolean {
  const w = ctx.words[k]!;
  const f = w.fold;
  // A quantifier opens a group («عدد من الأطفال»), though it is a stopword.
  if (COMMAS.has(f) || COMPLEMENT_PREPS.has(f) || (defaultStopwords().has(f) && !SOURCE_LINKS.has(f) && !ctx.cues.quantifiers.has(f)) || verbAt(ctx, k)) return true;
  if (!w.word) return false;
  const surface = ctx.text.slice(w.start, w.end);
  const lexicon = ctx.roles.lexicon();
  return prepositionOnNoun(normalizeText(surface, 'morph'), 'ب', lexicon) || isIndefiniteAccusative(surface, lexicon);
}

/** The speaker rules that read a source or group, in their order: «وقالت الوزارة» is the one named before, «مصدر مطلع» a source. */
const SOURCE_RULES = [groupHeadsName, groupNamedBefore, personInGroup, unnamedGroup];
/** And for a group a plural verb goes on with: any noun that opens a subject («أسر الشهداء»). */
const GROUP_RULES = [...SOURCE_RULES, bareSubject];

/** Function words a source's words go on through («مصدر في الجيش», «عدد من المواطنين»); any other ends them («المكتب البريطاني | لم»). */
const SOURCE_LINKS: ReadonlySet<string> = new Set(['في', 'من']);

/** Prepositions that open a verb's complement after its subject («عبر عدد من الزوار | عن سعادتهم»); not «في» or «من», which go on a source's words («مصدر في الجيش», «عدد من»). */
const COMPLEMENT_PREPS: ReadonlySet<string> = new Set(['عن', 'علي', 'الي', 'مع', 'لدي']);

/** Words of an unnamed subject of the sentence before, at most («مصدر مطلع في المعارضة السورية لـ«الشرق الأوسط»»). */
const UNNAMED_WORDS = 10;
