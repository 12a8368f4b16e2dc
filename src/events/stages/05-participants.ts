/**
 * Stage 5: who did it and to whom. A sentence's participants are its named entities and the phrases
 * the article names without a name, opened by a participant noun («مسلحون مجهولون», «طائرات
 * التحالف», «ثلاثة مقيمين»). Around each trigger:
 *   - a victim's word takes the participant after it as its recipient: «مقتل ثلاثة جنود», «القبض على
 *     ثلاثة مقيمين»; the actor then stands before it («تمكنت الجهات الأمنية من القبض على …»);
 *   - a verb or a noun without the article takes the participant right after it as its actor («وشنت
 *     طائرات التحالف …», «غارات التحالف»), and the one after that, or after «على/ضد/مع/ل», as its
 *     recipient;
 *   - a participant after «على/ضد/مع/ل» is the recipient («هجوم على مسجد»), and the actor stands before
 *     the trigger, as a sentence's opening subject does («التنظيم هدد …»);
 *   - a host receives its visitor: «استقبل ولي العهد وزير الخارجية» has the minister as actor.
 */
import type { EventLexicon } from '../lexicon.js';
import { isCue, type EventWord } from '../sentence-words.js';
import type { Candidate } from './candidate.js';

/** A participant phrase: its words `[from, to)` and the entity it names, if any (index in the document's entities). */
export interface Phrase {
  from: number;
  to: number;
  entity: number | null;
}

/** Longest participant phrase opened by a participant noun, in words. */
const MAX_WORDS = 4;
/** How far after the trigger (in words) its first participant may open. */
const REACH_AFTER = 5;
/** How far before it the actor may end. */
const REACH_BEFORE = 4;

/** The participant phrases of a sentence, left to right. `entityAt[i]` is the entity word i is in, or -1. */
export function participantPhrases(lex: EventLexicon, words: readonly EventWord[], entityAt: readonly number[], places: ReadonlySet<number>): Phrase[] {
  const out: Phrase[] = [];
  for (let i = 0; i < words.length; ) {
    const e = entityAt[i]!;
    if (e >= 0) {
      let j = i + 1;
      while (j < words.length && entityAt[j] === e) j++;
      // A place after «في», «من» or a joined «ب» is where, not who: «في كابل», «بمنطقة جازان».
      if (!(places.has(e) && locative(lex, words, i))) out.push({ from: i, to: j, entity: e });
      i = j;
      continue;
    }
    const counted = words[i]!.number && i + 1 < words.length && isCue(lex, 'participant', words[i + 1]!);
    if (counted || isCue(lex, 'participant', words[i]!)) {
      let j = i + (counted ? 2 : 1);
      let entity: number | null = null;
      while (j < words.length && j - i < MAX_WORDS && !ends(lex, words[j]!) && !(definite(words[j - 1]!) && definite(words[j]!) && !nisba(words[j]!))) {
        if (entityAt[j]! >= 0) {
          // A name after the noun is the phrase's: «قوات الرئيس هادي».
          entity = entityAt[j]!;
          while (j < words.length && entityAt[j] === entity) j++;
          break;
        }
        // A complement with a joined preposition ends the phrase: «مواقع للمتمردين».
        if (joinedPrep(words[j++]!)) break;
      }
      out.push({ from: i, to: j, entity });
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** Whether a participant phrase ends before word `w`: at punctuation, a stop word, a number, «و» opening a clause, or a joined «ب» («باحترام», «بشن»). */
function ends(lex: EventLexicon, w: EventWord): boolean {
  return w.pause || w.number || isCue(lex, 'participant-stop', w) || (w.key[0] === 'و' && w.forms.length > 1) || (w.key[0] === 'ب' && w.key.length >= 3 && !lex.cues.participant.has(w.key));
}

/** The word has the article: two such nouns in a row are two phrases («الوزير العاصمة»), unless the second is an adjective. */
const definite = (w: EventWord): boolean => w.forms.some((f) => f.startsWith('ال') && f.length > 3);
/** A nisba adjective, which agrees with its noun: «الجهات الأمنية», «القوات السعودية». */
const nisba = (w: EventWord): boolean => /ي(?:ه|ين|ون|ات)?$/u.test(w.key);
/** A word with «ل» or «ب» joined: a complement of the noun before it. */
const joinedPrep = (w: EventWord): boolean => (w.key[0] === 'ل' || w.key[0] === 'ب') && w.forms.length > 1;

/** Whether the place at word `i` is a location: after «في/من/إلى/قرب», or with «ب» joined. */
function locative(lex: EventLexicon, words: readonly EventWord[], i: number): boolean {
  const before = words[i - 1];
  if (before && !words[i]!.pause && lex.cues['participant-stop'].has(before.key)) return true;
  const k = words[i]!.key;
  return (k[0] === 'ب' || (k[0] === 'و' && k[1] === 'ب')) && words[i]!.forms.length > 1;
}

/** The actor and recipient phrases of a candidate (null where the sentence names none). */
export function participantsOf(lex: EventLexicon, words: readonly EventWord[], all: readonly Phrase[], c: Candidate): { actor: Phrase | null; recipient: Phrase | null } {
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
  const after = phrases.filter((p) => p.from >= c.to && p.from - c.to <= REACH_AFTER && p.from < clauseEnd);
  const before = phrases.filter((p) => p.to <= c.from && c.from - p.to <= REACH_BEFORE && p.from >= clause);
  const prev = before.at(-1) ?? null;
  const opening = phrases.find((p) => p.from >= clause && p.from <= clause + 1 && p.to <= c.from) ?? null;
  const tw = words[c.from]!;
  const victimWord = isCue(lex, 'killed', tw) || isCue(lex, 'injured', tw) || isCue(lex, 'arrested', tw);
  // A trigger noun with the article («الهجوم») has no actor right after it; one without («غارات التحالف») has.
  const withArticle = tw.forms.some((f) => f.startsWith('ال')) && !tw.key.startsWith('لل');
  let actor: Phrase | null = null;
  let recipient: Phrase | null = null;
  const [first, second] = after;
  if (first && prepBefore(lex, words, first)) {
    recipient = first;
    actor = prev ?? opening;
  } else if (first && victimWord) {
    recipient = first;
    actor = prev ?? opening;
  } else if (first && !withArticle && first.from === c.to) {
    actor = first;
    recipient = second && (second.from === first.to || prepBefore(lex, words, second)) ? second : null;
  } else if (first && !withArticle) {
    actor = prev ?? first;
    recipient = actor === first ? null : first;
  } else {
    actor = prev ?? opening;
    recipient = first ?? null;
  }
  if (c.trigger.host) [actor, recipient] = [recipient, actor];
  return { actor, recipient };
}

/** Whether a recipient's preposition stands before the phrase, apart («على مسجد») or joined («للمتظاهرين»). */
function prepBefore(lex: EventLexicon, words: readonly EventWord[], p: Phrase): boolean {
  const w = words[p.from - 1];
  if (w && lex.cues['recipient-prep'].has(w.key)) return true;
  const k = words[p.from]!.key;
  return k.startsWith('لل') || (k.length > 3 && k[0] === 'ل' && !lex.cues.participant.has(k));
}
