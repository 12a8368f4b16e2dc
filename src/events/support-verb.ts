/**
 * Support verbs: the verbs whose object is an act's noun and whose subject does the act («شنت طائرات
 * التحالف غارات», «نظمت الجالية تظاهرة»), before the noun or in a relative clause after it («غارات
 * شنتها الطائرات»). The verbs are data (data/events/cues.txt, kind `support`).
 */
import type { EventLexicon } from './lexicon.js';
import { definite, isCue, type EventWord } from './sentence-words.js';
import type { Candidate } from './stages/candidate.js';

/** How far before an act's noun its support verb may stand, in words (a phrase counts as one). */
const SUPPORT_REACH = 12;

/**
 * The support verb an act's noun is the object of: the nearest before it, with no pause, no «أن», no
 * other verb's clause and no other act between (a time set off by commas, among `blocked`, is read
 * past); or -1. With `kind` `undergo`, the verb whose subject suffers the act instead: «تعرضت
 * الدورية لهجوم».
 */
export function supportVerb(lex: EventLexicon, words: readonly EventWord[], phrases: ReadonlyArray<{ from: number; to: number }>, triggers: readonly Candidate[], c: Candidate, kind: 'support' | 'undergo' = 'support', blocked?: Uint8Array): number {
  let k = phrases.length - 1;
  // Where a time set off by commas begins, once skipped: «أعلنت الحكومة، السبت 25 يوليو، عن اعتقال …».
  let aside = -1;
  for (let i = c.from - 1, units = 1; i >= 0 && units <= SUPPORT_REACH; i--, units++) {
    if (supportAt(lex, words[i]!, kind)) return i;
    const time = blocked ? timeAside(words, blocked, triggers, i) : -1;
    if (time >= 0) {
      aside = i = time;
      continue;
    }
    // Another act's noun between is the verb's object: «شن هجوما على … الاحتجاجات». One of the same
    // type tells the same act, as its doer may: «شن طيران التحالف غارات».
    if (triggers.some((t) => t.from <= i && i < t.to && t !== c && t.trigger.type !== c.trigger.type)) return -1;
    if ((words[i + 1]!.pause && i + 1 !== aside) || (isCue(lex, 'clause', words[i]!) && !isCue(lex, 'relative', words[i]!))) return -1;
    // A phrase counts as one word: a long name does not part a verb from its object.
    while (k >= 0 && phrases[k]!.from > i) k--;
    if (k >= 0 && phrases[k]!.to > i && phrases[k]!.from < i) {
      for (let j = i; j > phrases[k]!.from; j--) if (words[j]!.pause) return -1;
      i = phrases[k]!.from;
    }
  }
  return -1;
}

/**
 * Where a time set off by punctuation on both sides ends at word `i` (blocked words, no trigger),
 * the word it begins at; else -1.
 */
function timeAside(words: readonly EventWord[], blocked: Uint8Array, triggers: readonly Candidate[], i: number): number {
  const time = (x: number): boolean => blocked[x] === 1 && !triggers.some((t) => t.from <= x && x < t.to);
  if (!time(i) || !(i + 1 < words.length && words[i + 1]!.pause)) return -1;
  let j = i;
  while (j > 0 && time(j - 1) && !words[j]!.pause) j--;
  // «يوليو/تموز»: a mark inside the time goes on with it.
  while (j > 0 && time(j - 1)) j--;
  return j > 0 && words[j]!.pause ? j : -1;
}

/**
 * Where the subject of a support verb in a relative clause right after an act's noun may open
 * (after the verb, and its «بها»), or -1: «غارات شنتها …», «العمليات التي تقوم بها …».
 */
export function relativeSupport(lex: EventLexicon, words: readonly EventWord[], c: Candidate): number {
  let k = c.to;
  // Adjectives of the noun may stand between: «بقذائف مدفعية أطلقها …», «زيارة قصيرة قام بها …».
  const article = definite(words[c.from]!);
  for (let n = 0; n < 2 && k < words.length && !words[k]!.pause && adjectiveOf(words[k]!, article); n++) k++;
  if (k < words.length && !words[k]!.pause && isCue(lex, 'relative', words[k]!)) k++;
  const v = words[k];
  if (!v || v.pause || !supportAt(lex, v, 'support')) return -1;
  k++;
  // The verb's object is the noun, so a pronoun stands for it, on the verb or on «ب» after it.
  if (RESUMPTIVE.test(v.key)) return k;
  const w = words[k];
  return w && !w.pause && w.key[0] === 'ب' && w.key.length <= 3 && RESUMPTIVE.test(w.key) ? k + 1 : -1;
}

/** Whether a word may be an adjective of a noun of that definiteness: a nisba or a feminine ending, with the article or without as the noun («مدفعية», «القصيرة»). */
const adjectiveOf = (w: EventWord, article: boolean): boolean => definite(w) === article && /(?:ي|ية|ة)$/u.test(w.key);

/** The ending of a pronoun that stands for a noun before: «شنتها», «نفذه», «بها». */
const RESUMPTIVE = /ه(?:ا|م|ن)?$/u;

/**
 * Whether the word is a verb of the kind, with «و/ف» or none before it («وشن»), not a noun with the
 * article («التقدم» is no «تقدم»); with an object pronoun joined, the verb without it («أطلقتها»,
 * «نفذوها»: the pronoun stands for the act).
 */
function supportAt(lex: EventLexicon, w: EventWord, kind: 'support' | 'undergo'): boolean {
  const set = lex.cues[kind];
  return w.forms.some((f) => !w.forms.includes('ال' + f) && (set.has(f) || hasWithoutObject(set, f)));
}

/** Object pronouns a verb may carry, longest first. */
const OBJECT_PRONOUNS = ['هما', 'هم', 'هن', 'ها', 'ه'];

/** Whether the verb form without its object pronoun is in the set: «أطلقتها» → «أطلقت», «نفذوها» → «نفذوا». */
function hasWithoutObject(set: ReadonlySet<string>, f: string): boolean {
  for (const p of OBJECT_PRONOUNS) {
    if (f.length - p.length < 2 || !f.endsWith(p)) continue;
    const base = f.slice(0, -p.length);
    return set.has(base) || (base.endsWith('و') && set.has(base + 'ا'));
  }
  return false;
}
