/** Corpus frequencies of lexicon words, to choose between readings the lexicon allows equally. */
import { loadCompiled, type CompiledResource } from './compiled-data.js';
import { LexiconTable } from './lexicon-table.js';
import { dataLines } from './read-data.js';

/** Morph-form lexicon word → how often it was the base of a word in the corpus (a Map will do). */
export interface WordCounts {
  get(word: string): number | undefined;
}

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

/** The bundled counts in a table, compiled at build time (see compiled-data.ts). */
export const COUNTS_RESOURCE: CompiledResource<LexiconTable> = {
  name: 'counts',
  sources: ['lexicon/anercorp-counts.txt'],
  parse: (texts) => LexiconTable.fromMap(parseWordCounts(dataLines(texts[0]!))),
  toBytes: (table) => table.toBytes(),
  fromBytes: (bytes) => LexiconTable.fromBytes(bytes),
};

/**
 * The bundled counts (data/lexicon/anercorp-counts.txt, from ANERcorp), read once, in a table whose
 * filter answers at once for the many words the corpus never saw (see lexicon-table.ts).
 */
export function defaultWordCounts(): WordCounts {
  if (!cached) {
    const table = loadCompiled(COUNTS_RESOURCE);
    cached = { get: (word) => table.get(word) };
  }
  return cached;
}

/**
 * Whether `rare` is so much rarer than `common` (ten times, counting one for unseen words) that a
 * reading through `rare` should give way: `قرارة` (1) to `قرار` (103), `ثور` (2) to `ثورة` (35).
 */
export function isMuchRarer(rare: string, common: string, counts: WordCounts): boolean {
  return ((counts.get(rare) ?? 0) + 1) * 10 <= (counts.get(common) ?? 0) + 1;
}
