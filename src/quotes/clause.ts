/**
 * The clause a speech verb opens: a colon, a quotation, أن/إن (through the verb's preposition), or
 * a noun phrase after the preposition; and where it ends: the sentence, or another speech verb with
 * a clause of its own.
 */
import { COMMAS, inTime, phraseAt, THAT, type Context } from './context.js';
import { isPlaceName } from '../text/places.js';
import { defaultStopwords } from '../text/stopwords.js';
import { fold } from './cues.js';
import { mediumAt } from './medium.js';
import { citedAt, citesAt } from './cited.js';
import { verbAt } from './verb-at.js';
import { isNisba, isReportNoun } from './word-shape.js';
import { normalizeText } from '../text/normalize.js';
import { TAG } from '../text/lexicon-tags.js';
import { wordAt } from '../entities/extract-role.js';
import { classify } from '../entities/role-context.js';
import { MAX_ROLE_WORDS, roleRun } from '../entities/role-phrase.js';
import { SPEAKER_TYPES, subjectIn } from './subject.js';
import { readRegion } from './subject-region.js';
import { nounPhraseEnd } from './noun-phrase.js';
import type { QWord } from './words.js';

/** Words between a verb and its clause at most (the speaker, a role, a medium). */
const MAX_GAP = 40;
/**
 * Words between a participle and its clause at most: its preposition, and a short adverb or object
 * («مشيراً في الوقت ذاته إلى أنه …»). Four, not two: 0.534 → 0.539 of speakers right on the dev gold.
 */
const PARTICIPLE_GAP = 4;
/** Words from a verb to a report noun that opens its object at most: a subject with a role between («أعلن المتحدث باسم الجيش العقيد سعد معن مقتل …»). */
const MAX_OBJECT_AT = 9;
/** A quotation of fewer words right after a verb is a name or a term («لـ«الشرق الأوسط»»), not a statement. */
export const MIN_QUOTE_WORDS = 3;

/** Words of a quotation (letters and digits only). */
export function wordCount(ctx: Context, m: number): number {
  return ctx.markWords[m] ?? 0;
}

/** The clause of a verb: the word index of its opener (colon, quotation or أن), or null. */
export function clauseAfter(ctx: Context, v: number, lemma: string, participle = false): { at: number; kind: 'colon' | 'mark' | 'that'; mark?: number } | null {
  const { words } = ctx;
  const sentence = words[v]!.sentence;
  const preps = ctx.cues.preps.get(lemma);
  // A participle takes its clause soon («لافتة إلى أن», «قائلاً:»): «مبلغاً … أن» far after is no cue.
  // A medium right after it does not count («مؤكداً خلال لقائه أمس مبعوث الأمم المتحدة أن …»).
  let gap = participle ? PARTICIPLE_GAP : MAX_GAP;
  if (participle) {
    let t = v + 1;
    while (t < words.length && t - v <= MAX_GAP && words[t]!.sentence === sentence && !THAT.has(words[t]!.fold)) t++;
    const m = mediumAt(ctx, v + 1, t);
    if (m > v + 1) gap += m - (v + 1);
    // «مبيناً مدير إدارة الدفاع المدني العقيد كريم النصيري، أن …»: its subject, a person named right before the clause.
    const before = words[t - 1]?.fold === '،' || words[t - 1]?.fold === ',' ? t - 2 : t - 1;
    if (t < words.length && THAT.has(words[t]!.fold) && before > v && ctx.entities.some((e) => e.type === 'PERS' && e.end === words[before]!.end && e.start > words[v]!.start)) gap = Math.max(gap, t - v);
  }
  for (let i = v + 1; i < words.length && i - v <= gap; i++) {
    const w = words[i]!;
    if (w.sentence !== sentence && !(ctx.markAt.has(i) && i === v + 1)) {
      // A colon may end the sentence the splitter saw: «وأضاف: ¶«…»».
      if (!(i > v + 1 && words[i - 1]!.fold === ':')) return null;
    }
    if (w.fold === ':') {
      const next = ctx.markAt.get(i + 1);
      return next !== undefined ? { at: i + 1, kind: 'mark', mark: next } : { at: i, kind: 'colon' };
    }
    const m = ctx.markAt.get(i);
    if (m !== undefined) {
      // A quotation right after the verb and its subject is the statement; a short one is a name,
      // and so is one the sentence goes on past to its clause («يقول X، مدير «المرصد …»، إن …»).
      let j = i;
      while (j + 1 < words.length && words[j + 1]!.start < ctx.marks[m]!.end) j++;
      if (wordCount(ctx, m) >= MIN_QUOTE_WORDS && !opensLater(ctx, j + 1, sentence)) return { at: i, kind: 'mark', mark: m };
      i = j;
      continue;
    }
    if (THAT.has(w.fold)) return { at: i, kind: 'that' };
    // «أشار إلى أن»: the verb's preposition then أن.
    if (preps?.has(w.fold) && words[i + 1] && THAT.has(words[i + 1]!.fold)) return { at: i + 1, kind: 'that' };
    // Another speech verb first: this one has no clause of its own; but «أكد قائلاً: …» and «شدد
    // الوزير مؤكداً أن …» are one cue (a participle after a comma has its own: «…، مضيفاً أن»).
    if (w.word && verbAt(ctx, i)) {
      if (verbAt(ctx, i)!.participle && !COMMAS.has(words[i - 1]!.fold)) continue;
      return null;
    }
  }
  return null;
}

/** Where a turn phrase («من جهته», «بدوره») that ends right before word `k` starts, after `from`; -1 when none does. */
function turnBefore(ctx: Context, k: number, from: number): number {
  for (let j = Math.max(from + 1, k - 3); j < k; j++) if (ctx.cues.turn.some((p) => phraseAt(ctx, j, p) === k)) return j;
  return -1;
}

/**
 * A noun phrase a verb's preposition opens as its statement, with no أن («ودعا المجلس الحكومات إلى
 * وقف الاستيطان», «وأكد الوزير على أهمية الحوار»): the preposition's word index, or null. The
 * preposition must come in the verb's sentence before any other verb, clause or quotation, and
 * have a word after it. For a verb of the cue file's object-verb list, its object instead: a report
 * noun or a noun after the subject (below), or, where `participle` says the verb is a participle
 * («مؤكدا»), a noun right after it.
 */
export function complementAfter(ctx: Context, v: number, lemma: string, participle = false): { at: number; kind: 'that'; from?: number; object?: true } | null {
  const preps = ctx.cues.complements.get(lemma);
  const objects = ctx.cues.objectVerbs.has(fold(lemma));
  if (!preps && !objects) return null;
  const { words } = ctx;
  const sentence = words[v]!.sentence;
  // The object is looked for only right after the subject: before a comma, a preposition or a relative.
  let subjectOnly = objects;
  // Where a role the verb's subject opens with ends: no letter written on a noun inside it opens the
  // statement («ودعا المتحدث الرسمي للأحوال المدنية محمد الجاسر، المقبولين إلى …»).
  const roleEnd = subjectRoleEnd(ctx, v);
  // Words of an outlet spoken to, which do not count as the subject's.
  let skipped = 0;
  for (let i = v + 1; i + 1 < words.length && i - v <= MAX_GAP; i++) {
    const w = words[i]!;
    // «أكد المتحدث لـ"الاقتصادية" منح …»: the outlet spoken to, a name in quotation marks after ل, leaves the object after it.
    const addressed = subjectOnly ? addresseeEnd(ctx, i) : -1;
    if (addressed > i) {
      skipped += addressed - i;
      i = addressed - 1;
      continue;
    }
    // A name in quotation marks inside the subject's role («المريشد، الرئيس التنفيذي لشركة «التصنيع» الوطنية، سعي …»), or
    // the outlet spoken to after it («… في الوزارة لـ«الصحيفة»، عن …»): the object or the complement may follow it.
    const named = objects ? quotedNameEnd(ctx, i) : -1;
    if (named > i) {
      i = named - 1;
      continue;
    }
    if (w.sentence !== sentence || w.paraStart || w.fold === ':' || THAT.has(w.fold) || ctx.markAt.has(i)) return null;
    if (!w.word) {
      // «أعلن قائد العمليات اللواء قاسم المحمدي، مقتل …»: a comma right after the named subject.
      const prev = words[i - 1]!;
      if (!(COMMAS.has(w.fold) && ctx.entities.some((e) => e.end === prev.end && e.start > words[v]!.start && (e.type === 'PERS' || e.type === 'ORG')))) subjectOnly = false;
      continue;
    }
    if (verbAt(ctx, i)) return null;
    // «أعلن الجيش مقتل ثلاثة جنود»: a report noun opens the verb's object, which is the statement;
    // the words before it are the subject. Not a word of a name («هيئة تنفيذ الأحكام» tagged).
    if (subjectOnly && i - v - skipped <= MAX_OBJECT_AT && (isReportNoun(ctx.cues, w.fold) || nounAfterNamedSubject(ctx, v, i)) && !inEntity(ctx, w)) return words[i + 1]?.sentence === sentence ? { at: i, kind: 'that', from: i, object: true } : null;
    // «…، مؤكدا تضامن بلاده مع …», «…، مؤكداً الفتوى بحرمة …»: a participle after a comma goes on
    // with a subject before it, so a noun right after it opens its object, the statement. Not a
    // participle's homograph inside a phrase («في ذاكرة المدينة»).
    if (objects && participle && i === v + 1 && v > 0 && COMMAS.has(words[v - 1]!.fold) && (bareNoun(ctx, w, true) || definiteNoun(ctx, w)) && !inEntity(ctx, w)) return words[i + 1]?.sentence === sentence ? { at: i, kind: 'that', from: i, object: true } : null;
    // However long the subject, with its role, apposition or medium: «وأكد الناطق باسم الحكومة … محمد المومني في بيان صحفي، وقوف …».
    if (objects && i > v + 1 && (nounAfterSubjectPhrase(ctx, v, i, lemma) || nounAfterGroup(ctx, v, i, lemma)) && !inEntity(ctx, w)) return words[i + 1]?.sentence === sentence ? { at: i, kind: 'that', from: i, object: true } : null;
    // A time between the subject and the object leaves it the object («أعلنت المقاومة ليل الأحد سيطرتها …»).
    const time = inTime(ctx, w);
    if (ctx.cues.trailingPreps.has(w.fold) || (ctx.cues.nameStops.has(w.fold) && !time)) subjectOnly = false;
    if (!preps) continue;
    if (preps.has(w.fold)) {
      const next = words[i + 1]!;
      return next.word && next.sentence === sentence && !THAT.has(next.fold) ? { at: i, kind: 'that' } : null;
    }
    // A one-letter preposition is written on its noun, and the statement starts there: «طالب
    // الرئيس المليشيات باحترام الهدنة». Not a name that starts with the letter («بغداد»), a place
    // after it («بعسير»), nor a function word («بشأن», «بعد»).
    const attached = w.fold[0]!;
    if (preps.has(attached) && w.start >= roleEnd && w.fold.length >= 4 && !defaultStopwords().has(w.fold) && !ctx.cues.compoundPreps.has(w.fold) && !isPlaceName(w.fold.slice(1)) && !inEntity(ctx, w) && !entityAfterClitic(ctx, w)) return { at: i - 1, kind: 'that', from: i };
  }
  return null;
}

/** The end (offset) of the role that opens right after the verb at word `v` («المتحدث الرسمي للأحوال المدنية»), or -1 where none does. */
function subjectRoleEnd(ctx: Context, v: number): number {
  const next = ctx.words[v + 1];
  if (!next?.word) return -1;
  const { roles } = ctx;
  const j = wordAt(roles, next.start);
  if (classify(roles, j).kind !== 'head') return -1;
  const r = roleRun(roles, j, Math.min(roles.words.length - 1, j + MAX_ROLE_WORDS - 1));
  return r >= j ? roles.words[r]!.end : -1;
}

/**
 * The word after an outlet spoken to that starts at word `i`: ل (alone, or «لـ») then a name in
 * quotation marks too short to be a statement («لـ"الاقتصادية"», «لـ«الشرق الأوسط»»); else -1.
 */
function addresseeEnd(ctx: Context, i: number): number {
  return ctx.words[i]!.fold === 'ل' ? quotedNameEnd(ctx, i + 1) : -1;
}

/** The word after a quotation too short to be a statement that opens at word `i` (a name: «التصنيع»), in the sentence; else -1. */
function quotedNameEnd(ctx: Context, i: number): number {
  const m = ctx.markAt.get(i);
  if (m === undefined || wordCount(ctx, m) >= MIN_QUOTE_WORDS) return -1;
  const { words } = ctx;
  let k = i;
  while (k < words.length && words[k]!.start < ctx.marks[m]!.end) k++;
  return k < words.length && words[k]!.sentence === words[i]!.sentence ? k : -1;
}

/** An entity starts inside the word, after its clitic: «لحلف شمال الأطلسي» (a role's genitive), no complement. */
const entityAfterClitic = (ctx: Context, w: { start: number; end: number }): boolean => ctx.entities.some((e) => e.start > w.start && e.start < w.end);

/** The word lies inside an entity the tagger or the alias table found. */
const inEntity = (ctx: Context, w: { start: number; end: number }): boolean => ctx.entities.some((e) => e.start <= w.start && e.end >= w.end);

/** Does a clause opener (a colon, أن/إن, or another quotation after a comma) come from word `k` on in the sentence? */
export function opensLater(ctx: Context, k: number, sentence: number): boolean {
  const { words } = ctx;
  // Straight on after the quotation: «…» و… / «…»، قال — the quotation is itself the statement.
  if (k < words.length && words[k]!.sentence === sentence && verbAt(ctx, COMMAS.has(words[k]!.fold) ? k + 1 : k)) return false;
  for (let i = k; i < words.length && i - k <= MAX_GAP && words[i]!.sentence === sentence && !words[i]!.paraStart; i++) {
    const f = words[i]!.fold;
    if (f === ':' || THAT.has(f)) return true;
    if (verbAt(ctx, i)) return false;
  }
  return false;
}

/** The end of the sentence of word `i` (offset), or of the paragraph when it comes first. */
export function sentenceEnd(ctx: Context, i: number): number {
  const { words } = ctx;
  const s = words[i]!.sentence;
  let j = i;
  while (j + 1 < words.length && words[j + 1]!.sentence === s && !words[j + 1]!.paraStart) j++;
  // Leave the full stop out.
  while (j > i && !words[j]!.word && !/[»”"]/.test(words[j]!.fold)) j--;
  return words[j]!.end;
}

/** The end (offset) of the paragraph of word `i`, its last mark of punctuation left out. */
export function paragraphEnd(ctx: Context, i: number): number {
  const { words } = ctx;
  let j = i;
  while (j + 1 < words.length && !words[j + 1]!.paraStart) j++;
  while (j > i && !words[j]!.word && !/[»”"]/u.test(words[j]!.fold)) j--;
  return words[j]!.end;
}

/**
 * The end of an indirect clause: its sentence's, or the word before a speech verb that opens a
 * clause of its own: a participle («… إلى أن الفيول وصل، لافتة إلى أن …», «… في أجواء بغداد
 * لافتاً إلى أن …») or a verb after a comma, و or a turn («…، وأشار إلى أن …», «…، من جهته قال
 * …»), or scripture cited (cited.ts). A comma or turn before it is left out.
 */
export function clauseEnd(ctx: Context, at: number): number {
  const end = sentenceEnd(ctx, at);
  const { words } = ctx;
  for (let k = at + 2; k < words.length && words[k]!.start < end; k++) {
    // «… كالبناء عليها قال صلى الله عليه وسلم (( … ))»: scripture cited ends the clause.
    const v = verbAt(ctx, k);
    const cites = citedAt(ctx, k + 1)?.respect === true && citesAt(ctx, k, v) !== null;
    if (!v && !cites) continue;
    const prev = words[k - 1]!;
    // «…، من جهته قال الرئيس إن …»: a turn to another speaker before the verb.
    const turn = turnBefore(ctx, k, at);
    // «… والسداد وأكد على أهمية …», «كما أكد الجانبان رفضهما …»: a verb joined by و or a particle
    // that opens a clause starts a statement of its own, with its complement as much as with أن.
    const joined = v && (v.participle || COMMAS.has(prev.fold) || v.start > words[k]!.start || turn >= 0 || ctx.cues.openingParticles.has(prev.fold));
    if (!cites && !(joined && (clauseAfter(ctx, k, v!.lemma, v!.participle) ?? complementAfter(ctx, k, v!.lemma, v!.participle)))) continue;
    let last = (turn >= 0 ? turn : k) - 1;
    // The particle opens the next statement's clause, not the end of this one: «… وأمنه، | كما أكد».
    if (last > at && ctx.cues.openingParticles.has(words[last]!.fold)) last--;
    while (last > at && (COMMAS.has(words[last]!.fold) || !words[last]!.word)) last--;
    return words[last]!.end;
  }
  return end;
}

/**
 * «وأكدت هيئة الصحة الحيوانية ظهور حالة …», «وتوقع المحمدي صدور أحكام …»: a noun without the article
 * right after the named subject that follows the verb (or after its comma) is its object, though no
 * report noun. Not a role («أعلن صائب عريقات عضو اللجنة …»), a time, a place, a name or a word with
 * و/ف in front.
 */
function nounAfterNamedSubject(ctx: Context, v: number, i: number): boolean {
  const { words } = ctx;
  if (!bareNoun(ctx, words[i]!, false)) return false;
  const first = words[v + 1]!.start;
  const prev = words[subjectLast(ctx, i)]!;
  return ctx.entities.some((e) => e.end === prev.end && (e.start === first || e.role?.start === first) && (e.type === 'PERS' || e.type === 'ORG'));
}

/**
 * A noun the lexicon knows, without the article: not a role word, a time, a place, a name or a word
 * with و/ف in front. With `pronoun`, one a pronoun is written on may be too («رفضه», «تضامنها»),
 * and one whose first letter و or ف is its own («وقوف»).
 */
function bareNoun(ctx: Context, w: QWord, pronoun: boolean): boolean {
  const f = w.fold;
  // The word's own tests first: they are cheap, and most words fail them.
  const conjoined = f.startsWith('و') || f.startsWith('ف');
  if (f.startsWith('ال') || (conjoined && !pronoun) || f.length < 3 || defaultStopwords().has(f) || ctx.cues.nameStops.has(f) || ctx.roles.roleWords.cues.get(f)) return false;
  const morph = normalizeText(ctx.text.slice(w.start, w.end), 'morph');
  const lexicon = ctx.roles.lexicon();
  let tags = lexicon.get(morph) ?? 0;
  // A word that opens with و or ف is a noun of its own only as the lexicon lists it whole («وقوف», «وفاة»), never و + noun.
  if (conjoined) return (tags & TAG.noun) !== 0 && (tags & TAG.proper) === 0;
  if (pronoun && (tags & TAG.noun) === 0) {
    const m = PRONOUN_END.exec(morph);
    const stem = m?.[1];
    // «ذكرته» is a verb (ذكرت + ه) before it is «ذكرة» + ه: a ت before the pronoun is a noun's ة only where no verb ends there.
    const feminine = stem?.endsWith('ت') ? stem.slice(0, -1) : null;
    if (stem && !(feminine && (lexicon.get(feminine) ?? 0) & TAG.verb)) tags = (feminine !== null ? lexicon.get(`${feminine}ة`) : undefined) ?? lexicon.get(stem) ?? 0;
  }
  return (tags & TAG.noun) !== 0 && (tags & TAG.proper) === 0 && !isPlaceName(f) && !inTime(ctx, w);
}

/** A noun the lexicon knows, with the article: not a role word («الوزير»), a nisba, a name, a place or a time. */
function definiteNoun(ctx: Context, w: QWord): boolean {
  const f = w.fold;
  if (!f.startsWith('ال') || f.length < 5 || isNisba(f) || ctx.roles.roleWords.cues.get(f) || ctx.cues.nameStops.has(f)) return false;
  const tags = ctx.roles.lexicon().get(normalizeText(ctx.text.slice(w.start, w.end), 'morph').slice(2)) ?? 0;
  return (tags & TAG.noun) !== 0 && (tags & (TAG.proper | TAG.adjective)) === 0 && !isPlaceName(f) && !inTime(ctx, w);
}

/** A pronoun written on a noun of three letters at least. */
const PRONOUN_END = /^(.{3,}?)(?:ه|ها|هم|هما)$/u;

/** The last word of a subject that ends right before word `i`: the word before it, or before its comma («أكدت اللجنة الوطنية العمالية، تطبيق …»). */
function subjectLast(ctx: Context, i: number): number {
  const { words } = ctx;
  return words[i - 1]!.word || i < 2 || !COMMAS.has(words[i - 1]!.fold) ? i - 1 : i - 2;
}

/**
 * «وأكد الناطق الرسمي باسم الحكومة الأردنية الدكتور محمد المومني في بيان صحفي، وقوف بلاده …», «أكد
 * خادم الحرمين الشريفين الملك سلمان بن عبد العزيز تنديد …»: a noun without the article (a pronoun
 * may be written on it) right after the words from the verb on, where the speaker rules read those
 * words as a named person's or organisation's subject, with its role and medium, and nothing after
 * them but a comma, is the verb's object, however long the subject.
 */
function nounAfterSubjectPhrase(ctx: Context, v: number, i: number, lemma: string): boolean {
  const { words } = ctx;
  if (!bareNoun(ctx, words[i]!, true)) return false;
  const last = subjectLast(ctx, i);
  // A subject opens with a word and ends on a name, a role's word or a medium's noun, never on a
  // function word («نفى … ما ذكرته الجامعة عن | قيامها»); no clause opens inside it («متوقعا، فإن خسارة بايرن ميونيخ | بطل …»).
  if (!words[v + 1]!.word || defaultStopwords().has(words[last]!.fold)) return false;
  for (let k = v + 1; k < last; k++) if (THAT.has(words[k]!.fold)) return false;
  // The speaker rules only where the words hold a person or an organisation.
  const from = words[v + 1]!.start;
  const to = words[last]!.end;
  if (!ctx.entities.some((e) => e.start >= from && e.end <= to && SPEAKER_TYPES.has(e.type))) return false;
  const found = subjectIn(ctx, v + 1, last + 1, lemma);
  const s = found.speaker;
  if (!s?.type || !SPEAKER_TYPES.has(s.type) || s.start < words[v]!.end) return false;
  return Math.max(s.end, found.role?.end ?? 0, found.medium?.end ?? 0) === words[last]!.end;
}

/**
 * «أكد عدد من العاملين في قطاع التعليم لـ"الرياض" رصدهم …», «وأكد مسؤولون ومنظمات إسلامية ريادة
 * المملكة …»: a noun without the article right after an unnamed group's words is the verb's object,
 * where the group's noun phrase cannot take it (noun-phrase.ts), or a comma or the outlet spoken to
 * stands between.
 */
function nounAfterGroup(ctx: Context, v: number, i: number, lemma: string): boolean {
  const { words } = ctx;
  if (!bareNoun(ctx, words[i]!, true)) return false;
  const { region } = readRegion(ctx, v + 1, i, lemma, false, false);
  if (!region?.group || region.from !== v + 1) return false;
  // Between the group's words and the noun: nothing, or a comma and the outlet spoken to («لـ"الرياض"»).
  for (let k = region.groupEnd; k < i; k++) {
    const addressed = addresseeEnd(ctx, k);
    if (addressed > k) k = addressed - 1;
    else if (words[k]!.word) return false;
  }
  return region.groupEnd < i || nounPhraseEnd(ctx, region.from, i + 1) === i;
}
