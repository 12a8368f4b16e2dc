/**
 * A word's classes as the lexicon gives them (src/text/lexicon-tags.ts): noun, adjective, proper,
 * verb, function, for the word without its clitics, as written or with one inflectional suffix
 * («والطائرات» → طائرة + ات: noun), and whether «ب» is joined to it. 0 for a word the lexicon does not know (a name, a foreign word).
 * The phrase reader (noun-phrases.ts) asks this of the words of sentences that hold an event only.
 */
import { segmentClitics } from '../text/clitics.js';
import { suffixClasses } from '../text/inflection.js';
import { defaultLexicon } from '../text/lexicon.js';
import { NOMINAL, TAG } from '../text/lexicon-tags.js';
import { defaultMorphologyTables } from '../text/morphology-tables.js';
import { normalizeText } from '../text/normalize.js';

/** Every word class (no inflection bits). */
export const WORD_CLASSES = NOMINAL | TAG.verb | TAG.function;
/** A bit beside the classes: «ب» is joined to the word («بشن», «بقذائف»), which opens no participant. */
export const JOINED_BA = 1 << 30;

/** Classes of words already read; cleared when it grows past {@link CACHE_SIZE}. */
const cache = new Map<string, number>();
const CACHE_SIZE = 50_000;

/** The classes of a word as written in the text. */
export function wordClasses(word: string): number {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const lexicon = defaultLexicon();
  const seg = segmentClitics(normalizeText(word, 'morph'), { lexicon });
  const base = seg.base;
  const ba = seg.proclitics.some((c) => c.tag === 'ب') ? JOINED_BA : 0;
  const classes = (((lexicon.get(base) ?? 0) | suffixClasses(base, lexicon, defaultMorphologyTables())) & WORD_CLASSES) | ba;
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(word, classes);
  return classes;
}
