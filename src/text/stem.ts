/** Rasd's light stemmer: clitics, then one inflectional suffix, both checked against the lexicon. */
import { segmentClitics, type CliticOptions } from './clitics.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { NOMINAL, TAG } from './lexicon-tags.js';
import { defaultMorphologyTables, type MorphologyTables } from './morphology-tables.js';
import { inflectionAnalyses, preferredAnalysis } from './inflection.js';
import { defaultWordCounts, isMuchRarer, type WordCounts } from './word-counts.js';
import { guessInflection } from './stem-unknown.js';
import { pastForm } from './verb-past.js';

/** Inflection bits that make a listed noun a lemma rather than a frozen form such as the plural `سيارات`. */
const INFLECTS = TAG.feminine | TAG.dual | TAG.femininePlural | TAG.masculinePlural | TAG.nisba;
const NISBA_ONLY = TAG.nisba;

/**
 * The stem of a morph-form word, in morph form: `والسيارات`, `بسيارته`, `سيارتان` → `سيارة`;
 * `والمعلمون` → `معلم`; `الحكومية` → `حكومة`; `قالوا` → `قال`; `يقتلون` → `قتل`.
 * A word the lexicon lists with ة keeps it (`مدرسة` ≠ `مدرس`); other feminines lose it (`كبيرة` → `كبير`).
 * A caller that has just run `segmentClitics(word)` with the same options passes its `lemma`, so the
 * word is not segmented twice (the analyser does).
 */
export function stem(word: string, options: CliticOptions = {}, lemma?: string): string {
  if (word.length <= 2) return word;
  const lexicon = options.lexicon ?? defaultLexicon();
  const tables = options.tables ?? defaultMorphologyTables();
  const counts = options.counts ?? defaultWordCounts();
  const base = lemma ?? segmentClitics(word, { lexicon, tables, counts }).lemma;
  if (base.length <= 2) return base;
  const tags = lexicon.get(base);
  if (tags === undefined) {
    const best = preferredAnalysis(inflectionAnalyses(base, lexicon, tables), counts);
    if (!best) return guessInflection(base);
    if (best.rule.classes & TAG.verb) return pastForm(best.stem, lexicon, counts);
    return nisbaBase(best.stem, lexicon, tables, counts);
  }
  if (tags & TAG.function) return base;
  // A country's nisba is listed with the country (امريكي); it inflects for gender, a name does not.
  if (tags & TAG.proper) return tags & TAG.feminine ? nisbaBase(base, lexicon, tables, counts) : base;
  if (!(tags & INFLECTS)) {
    // A frozen plural listed beside its singular (سيارات → سيارة), or a rare verb form that is
    // also a noun plus a suffix (يوما → يوم); not when that noun is much rarer (سنوات, سنو; دعا, دع).
    const best = preferredAnalysis(inflectionAnalyses(base, lexicon, tables, NOMINAL), counts);
    if (best && !isMuchRarer(best.stem, base, counts)) return nisbaBase(best.stem, lexicon, tables, counts);
  }
  if (!(tags & NOMINAL)) {
    // A listed verb form, sometimes with its agreement suffix (اكدت → اكد), then its past form.
    // A listed form whose ending is a root letter (دعا, not دع + ا) keeps it: the shorter verb is much rarer.
    const best = preferredAnalysis(inflectionAnalyses(base, lexicon, tables, TAG.verb), counts);
    const keep = !best || isMuchRarer(best.stem, base, counts);
    return pastForm(keep ? base : best.stem, lexicon, counts);
  }
  return nisbaBase(base, lexicon, tables, counts);
}

/** A listed nisba adjective to its noun: `اقتصادي` → `اقتصاد`, `سياسي` → `سياسة`, `صحي` → `صحة`. */
function nisbaBase(word: string, lexicon: Lexicon, tables: MorphologyTables, counts: WordCounts): string {
  if (!word.endsWith('ي') || word.length < 3 || (lexicon.get(word) ?? 0) & TAG.maqsura) return word;
  const nisba = inflectionAnalyses(word, lexicon, tables, NOMINAL).filter((a) => a.rule.tags === NISBA_ONLY);
  return preferredAnalysis(nisba, counts)?.stem ?? word;
}
