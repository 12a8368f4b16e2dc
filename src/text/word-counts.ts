/** Corpus frequencies of lexicon words, to choose between readings the lexicon allows equally. */
import { readLines } from './read-data.js';

/** Morph-form lexicon word → how often it was the base of a word in the corpus. */
export type WordCounts = ReadonlyMap<string, number>;

/** Parses `word<TAB>count` lines (comments already removed). */
export function parseWordCounts(lines: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of lines) {
    const tab = line.indexOf('\t');
    const n = Number(line.slice(tab + 1));
    if (tab > 0 && Number.isFinite(n)) out.set(line.slice(0, tab), n);
  }
  return out;
}

let cached: WordCounts | undefined;

/** The bundled counts (data/lexicon/anercorp-counts.txt, from ANERcorp), read once. */
export function defaultWordCounts(): WordCounts {
  cached ??= parseWordCounts(readLines('lexicon/anercorp-counts.txt'));
  return cached;
}

/**
 * Whether `rare` is so much rarer than `common` (ten times, counting one for unseen words) that a
 * reading through `rare` should give way: `قرارة` (1) to `قرار` (103), `ثور` (2) to `ثورة` (35).
 */
export function isMuchRarer(rare: string, common: string, counts: WordCounts): boolean {
  return ((counts.get(rare) ?? 0) + 1) * 10 <= (counts.get(common) ?? 0) + 1;
}
