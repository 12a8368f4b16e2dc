/** The search analyser's steps, each an option with a documented default. */
import type { NormalizeOptions, NormalizePreset } from './normalize-options.js';

/** Morphology the analyser calls once per distinct word (results are cached). */
export interface Morphology {
  /** Proclitics / base / enclitics of a `morph`-normalised word, and the base's lemma (بسيارته → سيارة). */
  segment(word: string): { proclitics: readonly unknown[]; base: string; enclitics: readonly unknown[]; lemma: string };
  /** Light stem of a `morph`-normalised word; `lemma`, when given, is what `segment(word)` found. */
  stem(word: string, lemma?: string): string;
}

export interface AnalyzerOptions {
  /** Normalisation of each word before morphology. Default `'morph'`: the search form but with ة kept. */
  normalize: NormalizeOptions | NormalizePreset;
  /** Fold ة → ه in the final term, as the `search` preset does, and a hamza on any seat (ؤ ئ) to ء. Default true. */
  foldTaMarbuta: boolean;
  /** Drop stopwords: true for the bundled list, a set of `search`-normalised words, or false. Default true. */
  stopwords: boolean | ReadonlySet<string>;
  /** Split clitics to recognise stopwords such as وهذا. Default true. */
  clitics: boolean;
  /** Stem Arabic words with the light stemmer. Default true. */
  stem: boolean;
  /** Emit number terms (ASCII digits, `.` decimals, thousands separators dropped). Default true. */
  numbers: boolean;
  /** Emit Latin words, lower-cased. Default true. */
  latin: boolean;
  /**
   * Emit each Arabic word's surface term (`=` and the word without its proclitics, unstemmed) at its
   * position, after its stem term: what the index holds for `=word` and for names.
   * Default false (`rasd analyze` prints stems); the index and queries set it.
   */
  surfaceForms: boolean;
  /** The morphology to use; default the bundled lexicon-backed one. */
  morphology?: Morphology;
}

/** The defaults: the same analyser must index and query. */
export const defaultAnalyzerOptions: Readonly<AnalyzerOptions> = Object.freeze({
  normalize: 'morph',
  foldTaMarbuta: true,
  stopwords: true,
  clitics: true,
  stem: true,
  numbers: true,
  latin: true,
  surfaceForms: false,
});
