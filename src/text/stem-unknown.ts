/** The stemmer's fallback for words the lexicon cannot explain (names, loans, new coinages). */

/**
 * Suffixes removed from an unknown word, longest first, with the shortest stem each may leave:
 * the nisba plurals of new group names (الحوثيون, الحوثيين → حوث, like الحوثي), the sound
 * plurals and the feminine. `ان` is never removed: it ends too many names (اردوغان, عثمان).
 */
const UNKNOWN_SUFFIXES: ReadonlyArray<readonly [suffix: string, minStem: number]> = [
  ['يون', 3],
  ['يين', 3],
  ['يات', 3],
  ['ية', 3],
  ['ات', 3],
  ['ون', 4],
  ['ين', 4],
  ['ة', 3],
  ['ي', 3],
];

/** Light suffix removal for a word absent from the lexicon: `حوثيين` → `حوث`, `بلوكشين` unchanged. */
export function guessInflection(word: string): string {
  for (const [suffix, minStem] of UNKNOWN_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= minStem) return word.slice(0, -suffix.length);
  }
  return word;
}
