/** Reading a clitic-free word as a lexicon stem plus one inflectional suffix: سيارات → سيارة + ات. */
import type { Lexicon } from './lexicon.js';
import { NOMINAL, TAG } from './lexicon-tags.js';
import type { MorphologyTables, SuffixRule } from './morphology-tables.js';
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
  scan(word, lexicon, tables, classes, (a) => void out.push(a));
  return out;
}

/** Calls `found` for each reading until it returns true; returns whether one did. */
function scan(word: string, lexicon: Lexicon, tables: MorphologyTables, classes: number, found: (a: InflectionAnalysis) => boolean | void): boolean {
  for (const rule of tables.suffixes) {
    if (!(rule.classes & classes) || word.length - rule.suffix.length < MIN_STEM || !word.endsWith(rule.suffix)) continue;
    const bare = word.slice(0, word.length - rule.suffix.length);
    for (const ending of rule.restore) {
      const stem = bare + ending;
      const tags = lexicon.get(stem);
      if (tags === undefined || !(tags & rule.classes & classes)) continue;
      // Ayaspell lists a country's nisba apart, without the flag on the country: نيجيريا, نيجيري.
      if (tags & rule.tags || (rule.tags & TAG.nisba && tags & TAG.proper)) {
        if (found({ stem, suffix: rule.suffix, tags, rule })) return true;
      }
    }
  }
  return false;
}

/**
 * True when `word` is a lexicon word of one of `classes`, or such a word plus an inflectional
 * suffix: `وزير`, `معلمون`, `سيارتان` are known; `يارا` is not.
 */
export function isKnownWord(word: string, lexicon: Lexicon, tables: MorphologyTables, classes: number = ANY_CLASS): boolean {
  const tags = lexicon.get(word);
  if (tags !== undefined && tags & classes) return true;
  return scan(word, lexicon, tables, classes, () => true);
}

/**
 * The reading a light stemmer should take: a noun reading before a verb reading (`عضوا` → عضو,
 * not عض + وا), the shortest suffix (`عمليات` → عملية + ات, not عمل + يات), then the table's
 * restore order unless that stem is much rarer in the corpus (`قرارات` → قرار, not قرارة).
 */
export function preferredAnalysis(analyses: readonly InflectionAnalysis[], counts: WordCounts): InflectionAnalysis | undefined {
  const verbOnly = (a: InflectionAnalysis): number => (a.rule.classes & NOMINAL ? 0 : 1);
  const order = analyses
    .map((a, i) => [a, i] as const)
    .sort(([a, i], [b, j]) => verbOnly(a) - verbOnly(b) || a.suffix.length - b.suffix.length || i - j)
    .map(([a]) => a);
  let pick = order[0];
  for (const a of order) if (pick && a.rule === pick.rule && isMuchRarer(pick.stem, a.stem, counts)) pick = a;
  return pick;
}
