/**
 * Stage 5: who did it and to whom. A sentence's participants are its named entities and the phrases
 * the article names without a name, opened by a participant noun («مسلحون مجهولون», «طائرات
 * التحالف», «ثلاثة مقيمين») or any noun of people («الجاني», «المزارعين»; data/lexicon/people-nouns.txt),
 * unless it is the genitive of the noun before («نقابة المعلمين»). Around each trigger:
 *   - a victim's word takes the participant after it as its recipient: «مقتل ثلاثة جنود», «القبض على
 *     ثلاثة مقيمين»; the actor then stands before it («تمكنت الجهات الأمنية من القبض على …»);
 *   - a verb or a noun without the article takes the participant right after it as its actor («وشنت
 *     طائرات التحالف …», «غارات التحالف»), and the one after that, or after «على/ضد/مع/ل», as its
 *     recipient;
 *   - a participant after «على/ضد/مع/ل» is the recipient («هجوم على مسجد»), and the actor stands before
 *     the trigger, as a sentence's opening subject does («التنظيم هدد …»); so is any noun phrase right
 *     after an attack's or an arrest's «على/ضد» («الغارات الجوية على الحزب»);
 *   - a host receives its visitor: «استقبل ولي العهد وزير الخارجية» has the minister as actor;
 *   - a clause that opens on who may act right before the verb has it as subject («إن قائد … زار
 *     روسيا»), a relative clause's verb the noun before the pronoun («أهالي الفلوجة الذين تظاهروا»),
 *     and «أنها» before the verb the subject of the clause it is said in («ذكرت الشرطة أنها اعتقلت»);
 *   - an act's noun is done by the subject of the support verb it is the object of («شنت طائرات
 *     التحالف غارات», «غارات شنتها الطائرات»; support-verb.ts), and by no phrase before it otherwise;
 *   - a verb of judging takes the act it judges as its object: «أدانت الحكومة التفجير الإرهابي»;
 *   - a verb whose subject suffers the act has it as the recipient («استشهد شاب»), and so does a verb
 *     whose object is the act («تعرضت الدورية لهجوم»);
 *   - «على يد/من قبل» name the doer («مقتل الرضيع على يد مستوطنين»), and fighting «بين A … وبين B»
 *     has A as actor, B as recipient;
 *   - an event told by several triggers takes its participants from all of them (eventParticipants),
 *     and an attack or an arrest with no recipient yet the victims a word of casualties names in the
 *     sentence, trigger or not («أسفرت الغارات عن جرح 58 داعشيا»);
 *   - a verb's object may follow its subject's complements («أشاد الوزير بما قدمه أمير المنطقة»), and
 *     phrases joined to the actor by «و» are its party, not whom it is done to («تعازي الأمير ونائبه»).
 * A person is one phrase with their titles and the offices beside their name; a number or a
 * quantifier is one phrase with what it counts («عدد من المصلين»).
 */
import { TAG } from '../../text/lexicon-tags.js';
import type { EventLexicon } from '../lexicon.js';
import { wordClasses } from '../word-classes.js';
import { nounPhrases } from '../noun-phrases.js';
import { relativeSupport, supportVerb } from '../support-verb.js';
import { afterNunPlural, counting, cueAt, definite, isCue, isParticipantHead, nisbaEnding, nunPlural, type EventWord } from '../sentence-words.js';
import type { Candidate } from './candidate.js';

/**
 * What a participant phrase names, which decides the roles it may take:
 *   - `agent`: a person, a group, an organisation or a country, who may act;
 *   - `counted`: a number of people («ثلاثة مقيمين»): the victims of an attack or an arrest, the doers
 *     of a protest;
 *   - `target`: a place or a thing by its head noun («مسجد», «مواقع للمتمردين»), and `place`: a named
 *     place short of a country («صنعاء»). Neither acts; each may be done to.
 *   - `thing`: any other noun phrase (noun-phrases.ts: «المدفعية», «عامل يمني»). It acts only as a
 *     verb's subject, right after the verb or opening its clause; else it is done to.
 */
export type PhraseKind = 'agent' | 'counted' | 'target' | 'place' | 'thing';

/** A participant phrase: its words `[from, to)`, the entity it names, if any (index in the document's entities), and its kind. */
export interface Phrase {
  from: number;
  to: number;
  entity: number | null;
  kind: PhraseKind;
}

/** Longest participant phrase opened by a participant noun, in words. */
const MAX_WORDS = 4;
/** How far after the trigger (in words) its first participant may open. */
const REACH_AFTER = 5;
/** How far after a verb's participant the next may open («استقبل الأمير … في مكتبه بقصر الحكم أمس رئيس …»). */
const REACH_NEXT = 7;
/** How far before it the actor may end. */
const REACH_BEFORE = 4;

/**
 * The participant phrases of a sentence, left to right. `entityAt[i]` is the entity word i is in, or
 * -1; `places` are the entities that are places, and `countries` those of them that are countries;
 * `blocked` marks the words that are no participant (triggers, times). `text` is the document's.
 */
export function participantPhrases(
  lex: EventLexicon,
  words: readonly EventWord[],
  entityAt: readonly number[],
  places: ReadonlySet<number>,
  countries: ReadonlySet<number>,
  persons: ReadonlySet<number>,
  text: string,
  blocked: Uint8Array,
): Phrase[] {
  const named = namedPhrases(lex, words, entityAt, places, countries, persons, text, blocked);
  const taken = blocked.slice();
  for (const p of named) taken.fill(1, p.from, p.to);
  // Entity words a locative dropped are places all the same: no phrase of their own.
  entityAt.forEach((e, i) => e >= 0 && (taken[i] = 1));
  // Titles belong to the name after them («صاحب السمو الملكي الأمير …»): no phrase of their own.
  const titles = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const end = cueAt(lex, 'title', words, i);
    if (end > i) {
      titles.fill(1, i, end);
      taken.fill(1, i, end);
    }
  }
  const things: Phrase[] = nounPhrases(lex, words, text, taken).map((p) => ({ ...p, entity: null, kind: 'thing' }));
  return people(lex, words, counted(lex, words, [...named, ...things].sort((a, b) => a.from - b.from)), persons, titles);
}

/**
 * A phrase counted by a number or a quantifier before it takes them in: «ثلاثة من عناصر الشرطة», «عدد
 * كبير من المصلين», «كافة الهيئات». People counted so are `counted`. `phrases` are in order.
 */
function counted(lex: EventLexicon, words: readonly EventWord[], phrases: Phrase[]): Phrase[] {
  const counts = (i: number): boolean => counting(lex, words[i]);
  const of = (i: number): boolean => i >= 0 && words[i]!.key === 'من' && !words[i + 1]!.pause;
  const out: Phrase[] = [];
  for (const p of phrases) {
    const k = p.from;
    let from = k;
    // (A number right before a participant noun is already the phrase's: «ثلاثة مقيمين».)
    if (!words[k]!.pause) {
      if (of(k - 1) && counts(k - 2) && !words[k - 1]!.pause) from = k - 2;
      else if (of(k - 1) && counts(k - 3) && !words[k - 1]!.pause && !words[k - 2]!.pause) from = k - 3;
      else if (counts(k - 1) && !words[k - 1]!.number) from = k - 1;
    }
    if (from === k) {
      out.push(p);
      continue;
    }
    // The quantifier's own phrase («عدد كبير») is this one's head.
    while (out.length && out.at(-1)!.to > from) out.pop();
    out.push({ ...p, from, kind: p.kind === 'agent' && p.entity === null ? 'counted' : p.kind });
  }
  return out;
}

/**
 * A person as news names them is one phrase: the titles before the name, and the roles next to it
 * with nothing between: «صاحب السمو الملكي الأمير فيصل بن بندر أمير منطقة الرياض», «وزير الإسكان
 * الأستاذ ماجد الحقيل». `phrases` are in order.
 */
function people(lex: EventLexicon, words: readonly EventWord[], phrases: Phrase[], persons: ReadonlySet<number>, titles: Uint8Array): Phrase[] {
  const out: Phrase[] = [];
  const person = (x: Phrase): boolean => x.entity !== null && persons.has(x.entity);
  for (const p of phrases) {
    let from = p.from;
    while (from > 0 && titles[from - 1] && !words[from]!.pause) from--;
    const q: Phrase = from === p.from ? p : { ...p, from };
    const last = out.at(-1);
    const office = (x: Phrase): boolean => role(lex, words, x, titles);
    if (last && last.to === q.from && !words[q.from]!.pause && ((person(last) && office(q) && q.to - q.from > 1) || (office(last) && (person(q) || (office(q) && !person(last)))))) {
      // A name and the office beside it, or offices one after another («وزير العدل رئيس المجلس الأعلى»).
      out[out.length - 1] = { from: last.from, to: q.to, entity: person(last) ? last.entity : q.entity, kind: 'agent' };
    } else out.push(q);
  }
  return out;
}

/** Whether a phrase names a role or office by its head, after its titles: «أمير منطقة الرياض», «معالي وزير الإسكان». */
function role(lex: EventLexicon, words: readonly EventWord[], p: Phrase, titles: Uint8Array): boolean {
  let i = p.from;
  while (i < p.to - 1 && titles[i]) i++;
  return isCue(lex, 'role', words[i]!);
}

/** The phrases of names and participant nouns. */
function namedPhrases(lex: EventLexicon, words: readonly EventWord[], entityAt: readonly number[], places: ReadonlySet<number>, countries: ReadonlySet<number>, persons: ReadonlySet<number>, text: string, blocked: Uint8Array): Phrase[] {
  const out: Phrase[] = [];
  for (let i = 0; i < words.length; ) {
    const e = entityAt[i]!;
    if (e >= 0) {
      let j = i + 1;
      while (j < words.length && entityAt[j] === e) j++;
      // A place after «في», «من» or a joined «ب» is where, not who: «في كابل», «بمنطقة جازان».
      if (!(places.has(e) && locative(lex, words, i))) out.push({ from: i, to: j, entity: e, kind: places.has(e) && !countries.has(e) ? 'place' : 'agent' });
      i = j;
      continue;
    }
    // A number opens a phrase at its first word: «ثلاثة من المتطرفين» is read at «المتطرفين», then counted.
    const counted = words[i]!.number && !(i > 0 && words[i - 1]!.number) && i + 1 < words.length && isParticipantHead(lex, words[i + 1]!);
    // A nisba that agrees with the trigger before it describes the act: «التفجير الإرهابي».
    // (After a victim's word it is the victim: «مقتل صحفي».)
    const describes = i > 0 && blocked[i - 1] === 1 && !words[i]!.pause && nisbaEnding(words[i]!) && definite(words[i - 1]!) === definite(words[i]!) && !victim(lex, words[i - 1]!);
    if (counted || (isParticipantHead(lex, words[i]!) && !describes && !genitive(words, text, blocked, i))) {
      const head = words[counted ? i + 1 : i]!;
      const kind: PhraseKind = isCue(lex, 'target', head) ? 'target' : counted ? 'counted' : 'agent';
      let j = i + (counted ? 2 : 1);
      let entity: number | null = null;
      while (j < words.length && j - i < MAX_WORDS && !blocked[j] && !ends(lex, words[j]!) && agrees(words[j - 1]!, words[j]!, entityAt[j]! >= 0) && !object(lex, words[j]!)) {
        if (entityAt[j]! >= 0) {
          // A name after the noun is the phrase's: «قوات الرئيس هادي»; after a noun with the article, only
          // a person's, who is the noun («المحامي خالد»): «المحامي شركة البناء» is two phrases.
          if (definite(words[j - 1]!) && !persons.has(entityAt[j]!)) break;
          entity = entityAt[j]!;
          while (j < words.length && entityAt[j] === entity) j++;
          break;
        }
        // A complement with a joined preposition ends the phrase: «مواقع للمتمردين».
        if (joinedPrep(words[j++]!)) break;
      }
      // A place or thing by its head after «في» or with «ب» joined is where, or with what: «في مكتبه
      // بمقر الوزارة», «بسيارة مفخخة», «بمدينة تعز».
      if (!(kind === 'target' && (entity === null || places.has(entity)) && locative(lex, words, i) && !(i > 0 && isCue(lex, 'recipient-prep', words[i - 1]!)))) out.push({ from: i, to: j, entity, kind: entity !== null && kind === 'agent' ? 'agent' : kind });
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/**
 * Whether word `i`, with the article, is the genitive of a noun without it right before: «نقابة
 * المعلمين» is one phrase, not a union and teachers. Not after a verb («اتهم المحامي»), a number, a
 * preposition, or a sound plural's «ن», which a noun before its genitive drops («مستوطنون المزارعين»).
 */
function genitive(words: readonly EventWord[], text: string, blocked: Uint8Array, i: number): boolean {
  const prev = words[i - 1];
  if (!prev || blocked[i - 1] || words[i]!.pause || !definite(words[i]!) || definite(prev) || prev.number || nunPlural(prev)) return false;
  const k = wordClasses(text.slice(prev.start, prev.end));
  return (k & TAG.noun) !== 0 && (k & (TAG.verb | TAG.function)) === 0;
}

/** Whether a word, as written, is a participant head of its own («باحثون», «لاعبين»), not one with «ب» or «ل» joined. */
const headWord = (lex: EventLexicon, key: string): boolean => lex.cues.participant.has(key) || lex.cues.people.has(key) || lex.cues.target.has(key);

/** Whether a participant phrase ends before word `w`: at punctuation, a stop word, a number, «و» opening a clause, or a joined «ب» («باحترام», «بشن»). */
function ends(lex: EventLexicon, w: EventWord): boolean {
  return w.pause || w.number || isCue(lex, 'participant-stop', w) || (w.key[0] === 'و' && w.forms.length > 1) || (w.key[0] === 'ب' && w.key.length >= 3 && !headWord(lex, w.key));
}

/**
 * Whether a word goes on the phrase of the word before: after a word with the article, only an
 * adjective with it («الجهات الأمنية»; «الوزير العاصمة» and «الطائرات مواقع …» are two phrases) or
 * a name («القوات الرئيس هادي» is no Arabic, but «قوات الرئيس هادي» is).
 */
const agrees = (prev: EventWord, w: EventWord, name: boolean): boolean => name || (!definite(prev) ? afterNunPlural(prev, w) : definite(w) && nisbaEnding(w));
/** A head noun in the accusative («حاجزا», «جنديا»): a verb's object, never the genitive of the phrase before it. */
const object = (lex: EventLexicon, w: EventWord): boolean => w.key.endsWith('ا') && !definite(w) && isParticipantHead(lex, w);
/** A word with «ل» or «ب» joined: a complement of the noun before it. */
const joinedPrep = (w: EventWord): boolean => (w.key[0] === 'ل' || w.key[0] === 'ب') && w.forms.length > 1;

/** Whether the place at word `i` is a location: after «في/من/إلى», a direction («شرق تركيا»), or with «ب» joined. */
function locative(lex: EventLexicon, words: readonly EventWord[], i: number): boolean {
  // «في بلدة الريحان»: the place's kind between.
  if (i > 1 && !words[i]!.pause && isCue(lex, 'target', words[i - 1]!) && !definite(words[i - 1]!)) return locative(lex, words, i - 1);
  const before = words[i - 1];
  if (before && !words[i]!.pause && (lex.cues['participant-stop'].has(before.key) || isCue(lex, 'direction', before))) return true;
  const k = words[i]!.key;
  return (k[0] === 'ب' || (k[0] === 'و' && k[1] === 'ب')) && words[i]!.forms.length > 1;
}

/**
 * One sentence as the participant rules read it: its words and phrases, the document's text, the words
 * that are no participant (`blocked`: triggers, times) and every trigger found in it.
 */
export interface SentenceParticipants {
  lex: EventLexicon;
  words: readonly EventWord[];
  phrases: readonly Phrase[];
  text: string;
  blocked: Uint8Array;
  triggers: readonly Candidate[];
}

/**
 * The actor and recipient of an event: its naming trigger's, and where that names none, those of its
 * other triggers in the sentence: «قتل خمسة جنود عندما هاجم مسلحون نقطة التفتيش» is one attack,
 * whose doers «هاجم» names, and whose victims «قتل».
 */
export function eventParticipants(s: SentenceParticipants, c: Candidate): { actor: Phrase | null; recipient: Phrase | null } {
  let { actor, recipient } = participantsOf(s, c);
  for (const t of c.told ?? []) {
    if (t.from === c.from || (actor && recipient)) continue;
    const more = participantsOf(s, t);
    if (!actor && more.actor && more.actor !== recipient) actor = more.actor;
    if (!recipient && more.recipient && more.recipient !== actor) recipient = more.recipient;
  }
  // Still none: the victims a word of casualties names in the sentence, trigger or not («أسفرت
  // الغارات عن جرح 58 داعشيا», «إصابة مقيمين بمقذوف»), the nearest to the trigger.
  const kinds = VICTIMS_OF[c.trigger.type];
  if (!recipient && kinds) {
    let best: Phrase | null = null;
    for (let i = 0; i < s.words.length; i++) {
      if (!kinds.some((k) => isCue(s.lex, k, s.words[i]!))) continue;
      const p = victimAfter(s, i);
      if (p && p !== actor && (!best || Math.abs(i - c.from) < Math.abs(best.from - c.from))) best = p;
    }
    recipient = best;
  }
  return { actor, recipient };
}

/** The words of casualties whose victims an event of a type has as its recipient. */
const VICTIMS_OF: Readonly<Record<string, readonly ('killed' | 'injured' | 'arrested')[]>> = { ASSAULT: ['killed', 'injured'], COERCE: ['arrested'] };

/**
 * The victims a word of casualties at `i` names right after it, with a count or «على» between: «مقتل
 * 15 داعشيا», «جرح 58 داعشيا», «القبض على اثنين من مديريها». People only: a name, a participant
 * phrase, or a noun phrase counted; one that does not open right there is no victim («القتلى من
 * المدنيين»).
 */
function victimAfter({ lex, words, phrases }: SentenceParticipants, i: number): Phrase | null {
  let j = i + 1;
  while (j < words.length && j - i <= 2 && (words[j]!.number || (j === i + 1 && lex.cues['recipient-prep'].has(words[j]!.key)))) j++;
  const p = phrases.find((q) => q.from <= j && q.to > j && q.from > i) ?? null;
  if (!p || (p.kind !== 'agent' && p.kind !== 'counted' && p.kind !== 'thing')) return null;
  // A count before a phrase it is not yet part of: «15 داعشيا» (a quote mark may stand between). A
  // noun phrase of no person is a victim only so counted after a word of the dead or hurt: «ضبط 40
  // كيلو جرام» is goods, «مقتل عبارة» no one.
  const count = words.findIndex((w, k) => k > i && k < p.from && w.number);
  if (p.kind === 'thing' && (count < 0 || isCue(lex, 'arrested', words[i]!))) return null;
  if (count >= 0) return words[count]!.pause && count > i + 1 ? null : { ...p, from: count };
  return words[p.from]!.pause ? null : p;
}

/** The actor and recipient phrases of one trigger (null where the sentence names none). */
function participantsOf({ lex, words, phrases: all, text, blocked, triggers }: SentenceParticipants, c: Candidate): { actor: Phrase | null; recipient: Phrase | null } {
  // The trigger's clause: from the last word before it that opens one («أن», «الذي»), to the next.
  let clause = 0;
  for (let i = c.from - 1; i >= 0; i--) {
    if (isCue(lex, 'clause', words[i]!)) {
      clause = i + 1;
      break;
    }
  }
  let clauseEnd = words.length;
  for (let i = c.to; i < words.length; i++) {
    if (isCue(lex, 'clause', words[i]!)) {
      clauseEnd = i;
      break;
    }
  }
  // Another event's trigger may be a participant («أطلقت النار على المتظاهرين»), this one's not.
  const phrases = all.filter((p) => p.to <= c.from || p.from >= c.to);
  const before = phrases.filter((p) => p.to <= c.from && c.from - p.to <= REACH_BEFORE && p.from >= clause);
  const type = c.trigger.type;
  const tw = words[c.from]!;
  // A trigger noun with the article («الهجوم») has no actor right after it; one without («غارات التحالف») has.
  const withArticle = definite(tw) && !tw.key.startsWith('لل');
  // A verb trigger («قصفت») has its subject right after it (a time word between) or opening its clause.
  const verb = isVerb(words, c, text);
  const acts = (p: Phrase): boolean => (p.kind === 'thing' ? verb && (subjectAfter(words, c, p, blocked) || p.from === clause) : mayAct(p, type));
  // The actor before the trigger: the nearest phrase that may act, else the clause's opening subject.
  const prev = before.findLast(acts) ?? null;
  // A verb that opens a relative clause has the noun before the pronoun as its subject: «أهالي
  // الفلوجة الذين تظاهروا», «الانتحاري الذي فجر نفسه».
  // (A victim's verb has it as the victim: «الشهيد الذي استشهد».)
  const victimWord = victim(lex, tw);
  const antecedent = c.from === clause && clause > 1 && isCue(lex, 'relative', words[clause - 1]!) ? phrases.find((p) => p.to === clause - 1 && (victimWord || acts(p))) : undefined;
  const opening = (victimWord ? undefined : antecedent) ?? phrases.find((p) => p.from >= clause && p.from <= clause + 1 && p.to <= c.from && acts(p)) ?? null;
  // Another noun phrase is a participant only as a verb's subject, right after it («قصفت المدفعية»),
  // or its object, right after the subject. Measured on the dev gold: also taking it after «على/ضد/ل»
  // and after a noun without the article («استهداف الدوريات») finds wrong recipients more often
  // than right ones (the recipient right 41.5% → 39.8%).
  const after: Phrase[] = [];
  for (const p of phrases) {
    // Each phrase within reach of the one before it: a verb's object may follow its subject's name.
    const last = verb ? after.at(-1) : undefined;
    if (p.from < c.to || p.from - (last?.to ?? c.to) > (last ? REACH_NEXT : REACH_AFTER) || p.from >= clauseEnd) continue;
    const adjacent = subjectAfter(words, c, p, blocked) && !withArticle;
    if (p.kind !== 'thing' || (verb && (adjacent || after.at(-1)?.to === p.from)) || againstAfter(lex, words, blocked, c, p)) after.push(p);
  }
  let actor: Phrase | null = null;
  let recipient: Phrase | null = null;
  const [first, second] = after;
  if (first && !verb && joinedLam(lex, words[first.from]!) && acts(first)) {
    // After an act's noun, «ل» joined names whose act it is: «غارات لطائرات التحالف».
    actor = first;
    recipient = second && prepBefore(lex, words, second) ? second : null;
  } else if (first && (prepBefore(lex, words, first) || (victimWord && !(verb && first.kind === 'agent' && !isCue(lex, 'injured', tw))) || !acts(first) || (verb && carriesSubject(tw)))) {
    // What the act is done to: after «على/ضد/ل», after a victim's word, or a phrase that cannot act
    // («قُتل ثلاثة مقيمين», «قصف صنعاء»).
    recipient = first;
    actor = prev ?? opening;
  } else if (first && !withArticle && first.from === c.to) {
    actor = first;
    // Phrases joined to it by «و» are more of the same party («تعازي الأمير ونائبه»); whom it is
    // done to comes after them.
    let k = 1;
    while (after[k] && conjunct(lex, words, after[k - 1]!, after[k]!)) k++;
    const last = after[k - 1]!;
    const next = after[k];
    recipient = next && (next.from === last.to || prepBefore(lex, words, next) || adjuncts(lex, words, blocked, last.to, next.from)) ? next : null;
    if (verb && (!recipient || prepBefore(lex, words, recipient))) {
      // A verb's object after its subject's complements: «دعا مشاركون في الملتقى الدول العربية إلى
      // …», «هنأ الأمين العام لجامعة الدول العربية الشعب المصري».
      const object = after.slice(k).find((p) => !prepBefore(lex, words, p) && !joinedBa(words[p.from]!) && (p.kind === 'agent' || p.kind === 'counted'));
      if (object) recipient = object;
    }
  } else if (first && !withArticle) {
    actor = prev ?? first;
    recipient = actor === first ? null : first;
  } else {
    actor = prev ?? opening;
    recipient = first ?? null;
  }
  if (victimWord && antecedent && !recipient) recipient = antecedent;
  // «أنها» before the verb stands for the subject of the clause it is said in: «وذكرت الشرطة أنها
  // اعتقلت …».
  if (!withArticle && mayBeVerb(words, c, text) && !isCue(lex, 'killed', tw) && !isCue(lex, 'injured', tw) && c.from === clause && clause > 0 && PRONOUN_SUBJECT.test(words[clause - 1]!.key) && (!actor || actor.from >= c.to)) {
    let outer = 0;
    for (let i = clause - 2; i >= 0; i--) {
      if (isCue(lex, 'clause', words[i]!)) {
        outer = i + 1;
        break;
      }
    }
    const speaker = phrases.find((p) => p.from >= outer && p.to < clause && mayAct(p, type));
    if (speaker) {
      if (actor && actor !== speaker && !recipient) recipient = actor;
      actor = speaker;
    }
  }
  // A clause that opens on who may act, right before the verb, has it as its subject, and the phrase
  // after the verb as its object: «إن قائد فيلق القدس زار روسيا», «الاحتلال رفض …».
  const svo = !withArticle && !victimWord && mayBeVerb(words, c, text) ? phrases.find((p) => (p.from === clause || (p.from > clause && words[p.from]!.pause)) && p.to <= c.from && onlyBlocked(blocked, p.to, c.from) && (p.kind === 'thing' || mayAct(p, type))) : undefined;
  if (svo) {
    actor = svo;
    if (first && (first.from === c.to || prepBefore(lex, words, first) || !acts(first) || first.kind === 'agent' || first.kind === 'counted')) recipient = first;
  }
  if (verb && JUDGING.has(type)) {
    // A verb of judging has the act it judges as its object: «أدانت الحكومة بشدة التفجير الإرهابي».
    const from = actor && actor.from >= c.to ? actor.to : c.to;
    const act = triggers.find((t) => t.from >= from && t.from - from <= REACH_AFTER && t.from < clauseEnd);
    if (act && (!recipient || recipient.from > act.from)) recipient = actPhrase(lex, words, act);
  }
  if (!verb && !svo) {
    // An act's noun is the object of a support verb, whose subject does it: «شنت طائرات التحالف
    // غارات», «الجالية نظمت تظاهرة».
    const v = supportVerb(lex, words, phrases, triggers, c, 'support', blocked);
    const relative = relativeSupport(lex, words, c);
    const u = v < 0 && relative < 0 ? supportVerb(lex, words, phrases, triggers, c, 'undergo') : -1;
    if (relative >= 0) {
      // Or of one in a relative clause after it: «غارات شنتها الطائرات التركية», «العمليات التي تقوم
      // بها قوات التحالف».
      // Its subject may be a trigger of the same act, its means: «غارات يشنها الطيران الحربي».
      const means = triggers.find((t) => t.from === relative && t.trigger.type === type);
      const subject = phrases.find((p) => p.from >= relative && onlyBlocked(blocked, relative, p.from) && (p.kind === 'thing' || mayAct(p, type))) ?? (means ? actPhrase(lex, words, means) : undefined);
      if (subject) {
        actor = subject;
        // What it is done to follows its doer, after «على/ضد»: «الغارات التي تشنها الطائرات على المدينة».
        const next = phrases.find((p) => p.from >= subject.to && p.from - subject.to <= 1 && prepBefore(lex, words, p));
        if (recipient === subject) recipient = null;
        recipient ??= next ?? null;
      }
    } else if (v >= 0) {
      const subject = phrases.find((p) => p.from > v && p.to <= c.from && onlyBlocked(blocked, v + 1, p.from) && (p.kind === 'thing' || mayAct(p, type)));
      const preceding = phrases.findLast((p) => p.to <= v && v - p.to <= REACH_BEFORE && mayAct(p, type) && !anyClause(lex, words, p.to, v));
      if (subject ?? preceding) {
        // The phrase after the noun is then whom it is done with, after a preposition: «أجرى الوزير
        // اتصالا بنظيره». A bare genitive is on whose behalf, and whom it is done to follows it: «نقل
        // تعازي الملك لأسرة الشهيد». (The genitive of an attack or an arrest is its victim: «للقيام
        // بخطف الجندي».)
        if (actor && actor.from >= c.to && !recipient) {
          const behalf = type !== 'ASSAULT' && type !== 'COERCE' && actor.from === c.to && !isCue(lex, 'participant-stop', words[c.to - 1]!) && !prepBefore(lex, words, actor) && !joinedBa(words[actor.from]!);
          recipient = behalf ? phrases.find((p) => p.from >= actor!.to && p.from < clauseEnd && p.kind !== 'place' && prepBefore(lex, words, p)) ?? null : actor;
        }
        actor = subject ?? preceding ?? null;
      }
    } else if (u >= 0) {
      // Or the object of a verb whose subject suffers it: «تعرضت الدورية لهجوم».
      const subject = phrases.find((p) => p.from > u && p.to <= c.from && onlyBlocked(blocked, u + 1, p.from)) ?? phrases.findLast((p) => p.to <= u && u - p.to <= REACH_BEFORE && !anyClause(lex, words, p.to, u));
      if (subject) {
        if (actor === subject || (actor && actor.to <= c.from)) actor = null;
        recipient = subject;
      }
    } else if (actor && actor.to <= c.from) {
      // With none, a phrase before the noun is another verb's subject («وأكد المتحدث … الانفجار»,
      // «أدانت المملكة التفجير»), not the act's doer.
      actor = null;
    }
  }
  if (mayBeVerb(words, c, text) && isCue(lex, 'suffer', tw)) {
    // A verb whose subject suffers the act has it as the recipient, after the verb or opening its
    // clause («استشهد شاب», «أن أبو نقيرة أصيب»), and names no doer beside it.
    const subject = first && subjectAfter(words, c, first, blocked) ? first : phrases.find((p) => p.from >= clause && p.from <= clause + 1 && p.to <= c.from && rightBefore(lex, words, blocked, p.to, c.from));
    return { actor: null, recipient: subject ?? recipient };
  }
  if (!verb && isCue(lex, 'mutual', tw)) {
    // Fighting «بين» two sides has the first as actor, the second, after «وبين», as recipient:
    // «اشتباكات بين الجيش من جهة وبين الميليشيات من جهة ثانية».
    const sides = between(words, phrases, c.to, clauseEnd);
    if (sides) [actor, recipient] = sides;
  }
  // «على يد», «من قبل» after the act name who did it: «مقتل الرضيع … حرقا على يد مستوطنين متطرفين».
  const by = byAgent(lex, words, phrases, c.to, Math.min(clauseEnd, triggers.find((t) => t.from >= c.to)?.from ?? words.length));
  if (by) {
    if (recipient === by) recipient = actor && actor.from >= c.to ? actor : null;
    actor = by;
  }
  if (c.trigger.host) [actor, recipient] = [recipient, actor];
  return { actor, recipient };
}

/**
 * The two sides of «بين A … وبين B» after the trigger and in its clause, if any. «بين A وB» alone is
 * not read: news name both as one party as often as one against the other («اشتباكات بين قوات النظام
 * ومقاتلي المعارضة»); measured on the dev gold, taking B as recipient found it wrong more often.
 */
function between(words: readonly EventWord[], phrases: readonly Phrase[], from: number, clauseEnd: number): [Phrase, Phrase] | null {
  const first = words.findIndex((w, i) => i >= from && i < Math.min(clauseEnd, from + REACH_AFTER) && w.key === 'بين');
  const second = first < 0 ? -1 : words.findIndex((w, i) => i > first && i < clauseEnd && w.key === 'وبين');
  const a = phrases.find((p) => p.from === first + 1);
  const b = phrases.find((p) => p.from === second + 1);
  return first >= 0 && second >= 0 && a && b ? [a, b] : null;
}

/** How far after the trigger «على يد» may stand, in words. */
const REACH_AGENT = 10;

/** The phrase right after «على يد/من قبل» within reach after the trigger and before `limit` (its clause's end, or the next trigger's start), if any. */
function byAgent(lex: EventLexicon, words: readonly EventWord[], phrases: readonly Phrase[], from: number, limit: number): Phrase | null {
  for (let i = from; i < Math.min(limit, from + REACH_AGENT); i++) {
    const who = cueAt(lex, 'agent-prep', words, i);
    if (who <= i || who >= words.length || words[who]!.pause) continue;
    // The words after it are who, whether or not the phrase reader opened a phrase on them («على يد
    // مستوطنين متطرفين»: «مستوطنين» reads as an adjective of «يد»).
    let to = who;
    while (to < words.length && to - who < MAX_WORDS && (to === who || !words[to]!.pause) && !ends(lex, words[to]!) && !isCue(lex, 'clause', words[to]!)) to++;
    return phrases.find((p) => p.from === who) ?? (to > who ? { from: who, to, entity: null, kind: 'thing' } : null);
  }
  return null;
}

/** Whether a word tells of people killed, hurt or taken: «مقتل», «أصيب», «اعتقال». */
const victim = (lex: EventLexicon, w: EventWord): boolean => isCue(lex, 'killed', w) || isCue(lex, 'injured', w) || isCue(lex, 'arrested', w);

/** «أن/إن» with a pronoun, standing for a subject named before: «أنها», «إنه», «بأنهم». */
const PRONOUN_SUBJECT = /^[بل]?[اإأ]ن(?:ه|ها|هم)$/u;

/** Types whose verbs judge, praise or refuse, and may take another act as their object. */
const JUDGING: ReadonlySet<string> = new Set(['ACCUSE', 'SUPPORT', 'REJECT']);

/** Another trigger as a phrase, with the nisba adjectives that agree with it: «التفجير الإرهابي», «الطيران الحربي». */
const actPhrase = (lex: EventLexicon, words: readonly EventWord[], t: Candidate): Phrase => ({ from: t.from, to: describedTo(lex, words, t.to), entity: null, kind: 'thing' });

/** Where an act's noun ends with the nisba adjectives that agree with it: «التفجير الإرهابي». */
function describedTo(lex: EventLexicon, words: readonly EventWord[], to: number): number {
  let j = to;
  while (j < words.length && j - to < 3 && !words[j]!.pause && nisbaEnding(words[j]!) && definite(words[j]!) === definite(words[j - 1]!) && !isCue(lex, 'clause', words[j]!)) j++;
  return j;
}

/** Whether a word of `[from, to)` opens a clause. */
function anyClause(lex: EventLexicon, words: readonly EventWord[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isCue(lex, 'clause', words[i]!)) return true;
  return false;
}

/** Whether the words of `[from, to)` are all blocked (triggers, times). */
function onlyBlocked(blocked: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!blocked[i]) return false;
  return true;
}

/** Whether the words of `[from, to)` are all blocked or the particle «قد»: a subject right before its verb («عدد من المصلين قد أصيب»). */
function rightBefore(lex: EventLexicon, words: readonly EventWord[], blocked: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!blocked[i] && !isCue(lex, 'may', words[i]!)) return false;
  return true;
}

/** Whether the trigger is a verb: its first word has no article and the lexicon reads it as a verb only. */
function isVerb(words: readonly EventWord[], c: Candidate, text: string): boolean {
  const w = words[c.from]!;
  if (definite(w)) return false;
  const k = wordClasses(text.slice(w.start, w.end));
  return (k & TAG.verb) !== 0 && (k & TAG.noun) === 0;
}

/**
 * Whether a verb carries its subject as a plural ending («خطفوا», «يقصفون»): a verb before its subject
 * stays singular, so the phrase after it is its object.
 */
const carriesSubject = (w: EventWord): boolean => w.key.length > 4 && (w.key.endsWith('وا') || (/^[وف]?[يت]/u.test(w.key) && w.key.endsWith('ون')));

/** Whether the words of `[from, to)` are adjuncts: a time, or a phrase of place («في مكتبه»), before a verb's object. */
function adjuncts(lex: EventLexicon, words: readonly EventWord[], blocked: Uint8Array, from: number, to: number): boolean {
  const w = words[from]!;
  if (!blocked[from] && !(isCue(lex, 'participant-stop', w) && !isCue(lex, 'recipient-prep', w))) return false;
  for (let i = from; i < to; i++) if (isCue(lex, 'clause', words[i]!) || (i > from && words[i]!.pause)) return false;
  return true;
}

/** Whether the trigger's first word may be read as a verb («زار», «رفض» are nouns too). */
function mayBeVerb(words: readonly EventWord[], c: Candidate, text: string): boolean {
  const w = words[c.from]!;
  return (wordClasses(text.slice(w.start, w.end)) & TAG.verb) !== 0;
}

/** Whether phrase `p` stands right after the trigger, with only blocked words (a time: «أمس») between. */
function subjectAfter(words: readonly EventWord[], c: Candidate, p: Phrase, blocked: Uint8Array): boolean {
  for (let i = c.to; i < p.from; i++) if (!blocked[i]) return false;
  return p.from >= c.to && !words[p.from]!.pause;
}

/** Whether a phrase of its kind may be the actor of an event of `type`: counted people protest, but are the victims of an attack or an arrest. */
const mayAct = (p: Phrase, type: string): boolean => p.kind === 'agent' || (p.kind === 'counted' && type !== 'ASSAULT' && type !== 'COERCE');

/** Whether the word has «ل» joined («للتحالف», «لطائرات»), not a word of its own that starts with it. */
function joinedLam(lex: EventLexicon, w: EventWord): boolean {
  const k = w.key;
  return k.startsWith('لل') || (k.length > 3 && k[0] === 'ل' && w.forms.length > 1 && !headWord(lex, k));
}

/**
 * Whether phrase `q` is joined to `p` by «و», right after it: «الأمير ونائبه», «الأمير، وسمو نائبه».
 * Not a word whose «و» is its own, as a listed noun tells («وزير الخارجية»).
 */
function conjunct(lex: EventLexicon, words: readonly EventWord[], p: Phrase, q: Phrase): boolean {
  const w = words[q.from]!;
  return q.from === p.to && w.key[0] === 'و' && w.forms.length > 1 && !headWord(lex, w.key) && !lex.cues.role.has(w.key) && !lex.cues.title.has(w.key);
}

/** Whether the word has «ب» joined («بنظيره»), not a word of its own that starts with it. */
const joinedBa = (w: EventWord): boolean => w.key[0] === 'ب' && w.forms.length > 1;

/** Whether a recipient's preposition stands before the phrase, apart («على مسجد») or joined («للمتظاهرين»). */
function prepBefore(lex: EventLexicon, words: readonly EventWord[], p: Phrase): boolean {
  const w = words[p.from - 1];
  if (w && lex.cues['recipient-prep'].has(w.key)) return true;
  return joinedLam(lex, words[p.from]!);
}

/** Types whose act is done against someone or something named after «على/ضد»: an attack, an arrest. */
const AGAINST_TYPES: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE']);

/**
 * Whether a noun phrase is what an attack or an arrest is done to, after «على/ضد» right after the
 * trigger and the adjectives that agree with it: «الغارات الجوية على الحزب», «القبض على المتهم».
 * Other noun phrases are participants only beside a verb (see participantsOf): after «ل» or a noun
 * they were wrong more often than right.
 */
function againstAfter(lex: EventLexicon, words: readonly EventWord[], blocked: Uint8Array, c: Candidate, p: Phrase): boolean {
  if (!AGAINST_TYPES.has(c.trigger.type) || p.from < 1) return false;
  if (!lex.cues['against-prep'].has(words[p.from - 1]!.key)) return false;
  let k = c.to;
  while (k < p.from - 1 && (blocked[k] || (nisbaEnding(words[k]!) && !words[k]!.pause))) k++;
  // Not a direction («على جنوب المدينة»: where) or the doer himself («أطلق النار على نفسه»).
  const head = words[p.from]!;
  return k === p.from - 1 && !head.pause && !isCue(lex, 'direction', head) && !head.key.startsWith('نفس');
}
