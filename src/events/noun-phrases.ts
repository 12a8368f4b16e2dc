/**
 * The noun phrases of a sentence that no name and no participant noun opens: «المدفعية», «عامل
 * يمني», «شحنة من …» (its head), «قافلة عسكرية», «تجمعات المتمردين». A phrase is read from the
 * lexicon's word classes (word-classes.ts) and the article:
 *   - it opens on a noun, an adjective, a name or a word the lexicon does not know, of three letters
 *     or more («به», «له» are a preposition's), that is not a stop word, a number, a verb only, or a
 *     word with «ب» joined (an instrument: «بقذائف»);
 *   - it goes on while the words agree: after a word without the article, any noun (the genitive of
 *     «تجمعات المتمردين») or adjective; after one with it, only an adjective with it («القوات
 *     الحكومية»: «الطائرات مواقع …» is two phrases);
 *   - it ends at punctuation, a stop word, a number, «و» (the next conjunct is a phrase of its own) or
 *     a joined «ب»/«ل» (a complement), and after {@link MAX_WORDS} words;
 *   - after a preposition of place or time («في سوق المدينة», «خلال الأسبوع») there is none: that is
 *     where or when, not who.
 */
import { TAG, NOMINAL } from '../text/lexicon-tags.js';
import type { EventLexicon } from './lexicon.js';
import { afterNunPlural, counting, definite, isCue, nisbaEnding, type EventWord } from './sentence-words.js';
import { JOINED_BA, WORD_CLASSES, wordClasses } from './word-classes.js';

/** Longest phrase, in words. */
const MAX_WORDS = 4;

/**
 * The phrases `[from, to)` among the words not `taken` (names, participant phrases, triggers, times),
 * left to right. `text` is the document's text, whose words' classes are read.
 */
export function nounPhrases(lex: EventLexicon, words: readonly EventWord[], text: string, taken: Uint8Array): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  // Each word's classes, read once: -1 until asked.
  const memo = new Int32Array(words.length).fill(-1);
  const classes = (i: number): number => (memo[i] = memo[i]! >= 0 ? memo[i]! : wordClasses(text.slice(words[i]!.start, words[i]!.end)));
  for (let i = 0; i < words.length; i++) {
    if (taken[i] || !opens(lex, words[i]!, classes(i)) || agreesBefore(words, i, classes)) continue;
    let j = i + 1;
    while (j < words.length && j - i < MAX_WORDS && !taken[j] && goesOn(lex, words[j - 1]!, words[j]!, classes(j))) j++;
    // A phrase after a preposition of place or time is skipped whole: «في سوق المدينة».
    if (!afterPlacePrep(lex, words, i)) out.push({ from: i, to: j });
    i = j - 1;
  }
  return out;
}

const nominal = (c: number): boolean => c === 0 || (c & NOMINAL) !== 0;
/** An adjective: the lexicon says so, or a nisba's ending («العسكرية», «يمني»). */
const adjective = (w: EventWord, c: number): boolean => (c & TAG.adjective) !== 0 || nisbaEnding(w);
const joined = (w: EventWord, letters: string): boolean => w.forms.length > 1 && letters.includes(w.key[0]!) && !w.key.startsWith('ال');

function stops(lex: EventLexicon, w: EventWord): boolean {
  return w.number || isCue(lex, 'participant-stop', w) || isCue(lex, 'clause', w) || isCue(lex, 'recipient-prep', w);
}

function opens(lex: EventLexicon, w: EventWord, c: number): boolean {
  return w.key.length > 2 && !stops(lex, w) && nominal(c & WORD_CLASSES) && !((c & TAG.function) !== 0 && (c & TAG.noun) === 0) && (c & JOINED_BA) === 0;
}

function goesOn(lex: EventLexicon, prev: EventWord, w: EventWord, c: number): boolean {
  if (w.pause || stops(lex, w) || !nominal(c & WORD_CLASSES) || (c & JOINED_BA) !== 0 || joined(w, 'وفبل')) return false;
  return definite(prev) ? definite(w) && adjective(w, c) : afterNunPlural(prev, w);
}

/**
 * Whether word `i` is an adjective of the noun before it, so no phrase of its own: «معارك عنيفة»,
 * «التفجير الإرهابي», «الغارات الجوية» (the noun may be a trigger, which is taken).
 */
function agreesBefore(words: readonly EventWord[], i: number, classes: (i: number) => number): boolean {
  const [prev, w] = [words[i - 1], words[i]!];
  if (!prev || w.pause || prev.number) return false;
  const c = classes(i);
  return adjective(w, c) && nominal(classes(i - 1) & WORD_CLASSES) && definite(prev) === definite(w);
}

/**
 * Whether word `i` follows a preposition of place or time (a stop word that no act is done «to»); «من»
 * after a number or a quantifier is partitive, not of place: «ثلاثة من الجنود», «عدد كبير من المصلين».
 */
function afterPlacePrep(lex: EventLexicon, words: readonly EventWord[], i: number): boolean {
  const before = words[i - 1];
  if (before === undefined || words[i]!.pause || !isCue(lex, 'participant-stop', before) || isCue(lex, 'recipient-prep', before)) return false;
  return !(before.key === 'من' && (counting(lex, words[i - 2]) || counting(lex, words[i - 3])));
}
