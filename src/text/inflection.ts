/** Reading a clitic-free word as a lexicon stem plus one inflectional suffix: سيارات → سيارة + ات. */
import type { Lexicon } from './lexicon.js';
import { NOMINAL, TAG } from './lexicon-tags.js';
import type { MorphologyTables, SuffixRule } from './morphology-tables.js';
import { suffixRulesFor } from './suffix-index.js';
import { prefixHashes } from './lexicon-table.js';
import { isMuchRarer, type WordCounts } from './word-counts.js';

/** One reading of a word: the lexicon stem, the suffix removed, and the stem's tag bits. */
export interface InflectionAnalysis {
  stem: string;
  suffix: string;
  tags: number;
  rule: SuffixRule;
}

/** Every word class a lexicon word can have. */
export const ANY_CLASS = NOMINAL | TAG.function | TAG.verb;

/** Scratch for a word's prefix hashes. */
let prefixes = new Int32Array(64);

/** Stems shorter than this are never accepted: `يد` is a word, but `ان` in `مكان` is no suffix. */
const MIN_STEM = 2;

/**
 * The readings of `word` as stem + suffix allowed by the lexicon, in table order (longest suffix,
 * then the restore order): `معلمون` → [معلم + ون]; `حكومية` → [حكومي + ة, حكومة + ية].
 * `classes` limits the stem's word class (for instance NOMINAL after the article).
 */
export function inflectionAnalyses(
  word: string,
  lexicon: Lexicon,
  tables: MorphologyTables,
  classes: number = ANY_CLASS,
): InflectionAnalysis[] {
  const out: InflectionAnalysis[] = [];
  scan(word, lexicon, tables, classes, out);
  return out;
}

/**
 * Reads `word` as every stem + suffix the lexicon allows within `classes`, adding each reading to
 * `out` when given; returns the union of `stem tags & rule classes` over the readings, which says
 * at once for which word classes the word is known through a suffix.
 */
function scan(word: string, lexicon: Lexicon, tables: MorphologyTables, classes: number, out: InflectionAnalysis[] | undefined): number {
  let known = 0;
  if (word.length === 0) return known;
  // The word's letters are hashed once for all its candidate stems, once a suffix fits.
  const hashes = lexicon.getHashed !== undefined;
  let hashed = false;
  for (const rule of suffixRulesFor(word, tables)) {
    const end = word.length - rule.suffix.length;
    if (!(rule.classes & classes) || end < MIN_STEM) continue;
    if (!hashed && hashes) {
      if (prefixes.length <= word.length) prefixes = new Int32Array(word.length * 2);
      prefixHashes(word, prefixes);
      hashed = true;
    }
    for (const ending of rule.restore) {
      // The candidate stem is only built as a string once the lexicon lists it.
      const tags = hashes ? lexicon.getHashed!(prefixes[end]!, word, end, ending) : lexicon.get(word.slice(0, end) + ending);
      if (tags === undefined || !(tags & rule.classes & classes)) continue;
      // Ayaspell lists a country's nisba apart, without the flag on the country: نيجيريا, نيجيري.
      if (tags & rule.tags || (rule.tags & TAG.nisba && tags & TAG.proper)) {
        known |= tags & rule.classes & classes;
        out?.push({ stem: word.slice(0, end) + ending, suffix: rule.suffix, tags, rule });
      }
    }
  }
  return known;
}

/**
 * The word classes (of `classes`) for which `word` is a lexicon word plus an inflectional suffix:
 * `معلمون` → NOMINAL bits, `قالوا` → TAG.verb, `يارا` → 0. One pass answers what several
 * {@link isKnownWord} calls would ask of the same word.
 */
export function suffixClasses(word: string, lexicon: Lexicon, tables: MorphologyTables, classes: number = ANY_CLASS): number {
  return scan(word, lexicon, tables, classes, undefined);
}

/**
 * True when `word` is a lexicon word of one of `classes`, or such a word plus an inflectional
 * suffix: `وزير`, `معلمون`, `سيارتان` are known; `يارا` is not.
 */
export function isKnownWord(word: string, lexicon: Lexicon, tables: MorphologyTables, classes: number = ANY_CLASS): boolean {
  const tags = lexicon.get(word);
  if (tags !== undefined && tags & classes) return true;
  return scan(word, lexicon, tables, classes, undefined) !== 0;
}

/**
 * The reading a light stemmer should take: a noun reading before a verb reading (`عضوا` → عضو,
 * not عض + وا), the shortest suffix (`عمليات` → عملية + ات, not عمل + يات), then the table's
 * restore order unless that stem is much rarer in the corpus (`قرارات` → قرار, not قرارة).
 */
export function preferredAnalysis(analyses: readonly InflectionAnalysis[], counts: WordCounts): InflectionAnalysis | undefined {
  // The first reading in the order (noun before verb, shorter suffix, table order), found without sorting.
  let first: InflectionAnalysis | undefined;
  for (const a of analyses) {
    if (!first) first = a;
    else {
      const d = verbOnly(a) - verbOnly(first) || a.suffix.length - first.suffix.length;
      if (d < 0) first = a;
    }
  }
  // Only readings by the same rule compete with it (its other restores, in table order).
  let pick = first;
  for (const a of analyses) if (pick && a.rule === pick.rule && isMuchRarer(pick.stem, a.stem, counts)) pick = a;
  return pick;
}

function verbOnly(a: InflectionAnalysis): number {
  return a.rule.classes & NOMINAL ? 0 : 1;
}
