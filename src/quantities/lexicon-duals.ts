/**
 * Duals the lexicon proves, beyond those listed: «سيارتان» (سيارة takes the dual), «حادثين» (حادث
 * takes the dual and no sound plural, so ـين cannot be a plural). A word ending in ـين whose noun
 * takes the plural ون/ين («مسلحين») or is a nisba («سوريين») stays a plural, a particle («قبلان»)
 * is none, and a word the lexicon lists whole («بلدان», «لبنان») is no dual.
 */
import { defaultLexicon, type Lexicon } from '../text/lexicon.js';
import { NOMINAL, TAG } from '../text/lexicon-tags.js';

const DUAL = /^(.{2,}?)(تان|تين|ان|ين)$/u;

/** The singular (morph form) of the dual `word` (morph form, no clitics), or null. */
export function lexiconDual(word: string, lexicon: Lexicon = defaultLexicon()): string | null {
  const m = DUAL.exec(word);
  if (!m || lexicon.has(word) || word.startsWith('ال')) return null;
  const [, stem, ending] = m as unknown as [string, string, string];
  const feminine = ending.startsWith('ت');
  const singular = feminine ? stem + 'ة' : stem;
  if (singular.length < 3) return null;
  const tags = lexicon.get(singular);
  if (tags === undefined || !(tags & NOMINAL) || !(tags & TAG.dual) || tags & TAG.function) return null;
  // «ـين» is also the sound masculine plural: only a noun that never takes it is counted, and
  // never a nisba («سوريين» are Syrians).
  if (!feminine && ending === 'ين' && (tags & TAG.masculinePlural || singular.endsWith('ي'))) return null;
  return singular;
}
