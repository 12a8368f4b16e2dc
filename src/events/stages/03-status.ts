/**
 * Stage 3: how the sentence presents each event, from the words before its trigger (PLOVER's
 * auxiliary modes): negated («لم يقتل», «نفى أن تكون قواته قصفت»), future («من المقرر أن يزور»,
 * «سيزور»), called for or threatened («دعا إلى وقف القصف», «هدد بشن هجمات»: the attack has not
 * happened), hypothetical («إذا», «لمكافحة الإرهاب») or historical («منذ عام 2011»).
 */
import type { EventStatus } from '../../core/event-schema.js';
import type { EventLexicon } from '../lexicon.js';
import { anyCue, isCue, withoutConjunction, type EventWord } from '../sentence-words.js';
import type { Candidate } from './candidate.js';

/** How many words before the trigger each kind of cue reaches. */
const NEGATION_REACH = 3;
const CALL_REACH = 4;
const NEAR_REACH = 4;

/** The candidates, each with its status. */
export function readStatus(lex: EventLexicon, words: readonly EventWord[], found: readonly Candidate[], year: number | null): Candidate[] {
  return found.map((c) => ({ ...c, status: statusOf(lex, words, c, year) }));
}

function statusOf(lex: EventLexicon, words: readonly EventWord[], c: Candidate, year: number | null): EventStatus {
  const at = c.from;
  if (anyCue(lex, 'negation', words, at - NEGATION_REACH, at) || anyCue(lex, 'denial', words, 0, at)) return 'negated';
  const verbal = VERBAL.has(c.trigger.type);
  if (!verbal && anyCue(lex, 'call', words, at - CALL_REACH, at)) return 'future';
  if (anyCue(lex, 'future', words, at - NEAR_REACH, at) || futurePrefix(words[at]!)) return 'future';
  if (anyCue(lex, 'hypothetical', words, at - NEAR_REACH, at) || mayBefore(lex, words, at)) return 'hypothetical';
  if (anyCue(lex, 'historical', words, at - NEAR_REACH, at) || pastYear(words, year)) return 'historical';
  return 'asserted';
}

/** Types that are themselves speech acts: a call before them is the act, not a plan. */
const VERBAL: ReadonlySet<string> = new Set(['REQUEST', 'REJECT', 'ACCUSE', 'THREATEN', 'SUPPORT', 'AGREE', 'CONCEDE']);

/** «قد» before an imperfect verb, within reach before the trigger: «قد يؤدي إلى» (not «قد تم», «كان قد قتل»). */
function mayBefore(lex: EventLexicon, words: readonly EventWord[], at: number): boolean {
  for (let i = Math.max(0, at - NEAR_REACH); i < at; i++) if (isCue(lex, 'may', words[i]!) && imperfect(words[i + 1]!)) return true;
  return false;
}

/** A word with the prefix of an imperfect verb (ي/ت/ن/أ) and at least two letters after it: «يؤدي», «تقع». */
const imperfect = (w: EventWord): boolean => {
  const k = withoutConjunction(w);
  return k.length >= 3 && 'يتنأ'.includes(k[0]!);
};

/** «سيزور», «وستقوم»: the future prefix س on an imperfect verb. */
function futurePrefix(w: EventWord): boolean {
  const k = withoutConjunction(w);
  return k.length >= 5 && k[0] === 'س' && (k[1] === 'ي' || k[1] === 'ت' || k[1] === 'ن') && w.stem !== null && !w.stem.startsWith('س');
}

/** A year two or more before the article's in the sentence: «في عام 2011». */
function pastYear(words: readonly EventWord[], year: number | null): boolean {
  if (year === null) return false;
  for (const w of words) {
    if (!w.number || w.key.length !== 4) continue;
    const y = Number(w.key);
    if (y >= 1900 && y <= year - 2) return true;
  }
  return false;
}
