/** Clitic segmentation of one word, decided by the lexicon: والمعلمون → و + ال + معلمون, وصل stays whole. */
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { NOMINAL, TAG } from './lexicon-tags.js';
import { defaultMorphologyTables, type MorphologyTables } from './morphology-tables.js';
import { suffixClasses } from './inflection.js';
import { EndingIndex } from './suffix-index.js';
import { hostForms, readings, type Clitic, type Reading } from './clitic-readings.js';
import { defaultWordCounts, isMuchRarer, type WordCounts } from './word-counts.js';

export type { Clitic } from './clitic-readings.js';

/** A word cut into proclitics, base and enclitics; the surfaces concatenate back to the word. */
export interface Segmentation {
  proclitics: Clitic[];
  base: string;
  enclitics: Clitic[];
  /** The base as a dictionary would write it: `سيارت` of `بسيارته` → `سيارة`. */
  lemma: string;
  /** True when the lemma is a lexicon word, or one plus an inflectional suffix. */
  known: boolean;
}

/** Where the lexicon, corpus counts and clitic tables come from; defaults are the bundled ones. */
export interface CliticOptions {
  lexicon?: Lexicon;
  counts?: WordCounts;
  tables?: MorphologyTables;
}

/**
 * How well the whole word stands on its own: `listed` as a noun or particle (وصل, بلاد); `inflected`,
 * a listed noun plus a suffix (معلمون); `weak`, only a verb form, since the verb list has many rare
 * forms (`فيه` + `ا`) that shadow a particle with a pronoun (في + ها); or `none`.
 */
function wholeStrength(word: string, lexicon: Lexicon, tables: MorphologyTables): 'listed' | 'inflected' | 'weak' | 'none' {
  const tags = lexicon.get(word);
  if (tags !== undefined && tags & (NOMINAL | TAG.function)) return 'listed';
  const known = suffixClasses(word, lexicon, tables, NOMINAL | TAG.verb);
  if (known & NOMINAL) return 'inflected';
  if (tags !== undefined || known & TAG.verb) return 'weak';
  return 'none';
}

/**
 * A split that beats a word known only through a suffix: the article before a listed noun
 * (الدين is ال + دين, not الد + ين) or و/ف before a listed particle (وعلي is و + علي, not وعل + ي).
 */
function plainSplit(word: string, lexicon: Lexicon, tables: MorphologyTables): Segmentation | undefined {
  for (const r of readings(word, tables)) {
    const conjOnly = r.clitics.length === 1 && tables.proclitics.get(r.clitics[0]!.tag) === 'conj';
    const need = r.article ? NOMINAL : conjOnly ? TAG.function : 0;
    if (need && r.clitics.length <= 2 && r.rest.length >= 3 && (lexicon.get(r.rest) ?? 0) & need) {
      return { proclitics: r.clitics, base: r.rest, enclitics: [], lemma: r.rest, known: true };
    }
  }
  return undefined;
}

/** فيها → في + ها: a listed particle with a pronoun. */
function particleWithPronoun(word: string, lexicon: Lexicon, tables: MorphologyTables): Segmentation | undefined {
  for (const e of tables.enclitics) {
    const host = word.slice(0, word.length - e.length);
    if (host.length < 2 || !word.endsWith(e)) continue;
    for (const form of hostForms(host)) {
      const tags = lexicon.get(form);
      if (tags !== undefined && tags & TAG.function) {
        return { proclitics: [], base: host, enclitics: [{ surface: e, tag: e }], lemma: form, known: true };
      }
    }
  }
  return undefined;
}

interface Candidate {
  seg: Segmentation;
  count: number;
  /** The base is a noun or particle, not only a (possibly rare) verb form. */
  strong: boolean;
  direct: boolean;
  /** The base is a function word: بذلك is ب + ذلك rather than بذل + ك. */
  func: boolean;
}

/**
 * Is `a` a better split than `b`: fewer clitics, then a noun or particle base, then a function word
 * that the corpus saw more often than the other base (بذلك: ب + ذلك, not بذل + ك; but بابها stays
 * باب + ها, not ب + ابها), then a listed base.
 */
function better(a: Candidate, b: Candidate | undefined, counts: WordCounts): boolean {
  if (!b) return true;
  if (a.count !== b.count) return a.count < b.count;
  if (a.strong !== b.strong) return a.strong;
  if (a.func !== b.func) {
    const [f, other] = a.func ? [a, b] : [b, a];
    if ((counts.get(f.seg.lemma) ?? 0) > (counts.get(other.seg.lemma) ?? 0)) return a === f;
  }
  return a.direct && !b.direct;
}

/** Splits a morph-form word into proclitics, base and enclitics, only where the base is a plausible word. */
export function segmentClitics(word: string, options: CliticOptions = {}): Segmentation {
  const lexicon = options.lexicon ?? defaultLexicon();
  const tables = options.tables ?? defaultMorphologyTables();
  const counts = options.counts ?? defaultWordCounts();
  return segment(word, lexicon, tables, counts);
}

/** segmentClitics with its data resolved. */
function segment(word: string, lexicon: Lexicon, tables: MorphologyTables, counts: WordCounts): Segmentation {
  // Words of one or two letters never split: بي, له, لم.
  if (word.length <= 2) return whole(word, lexicon.has(word));
  const strength = wholeStrength(word, lexicon, tables);
  if (strength === 'listed') return whole(word, true);
  if (strength === 'inflected') return plainSplit(word, lexicon, tables) ?? whole(word, true);
  if (strength === 'weak') {
    // A rare verb form gives way to a particle with a pronoun (فيها) or to the article (الامن, not الام + ن).
    const split = particleWithPronoun(word, lexicon, tables) ?? bestSplit(readings(word, tables), lexicon, counts, tables, true);
    return split ?? whole(word, true);
  }
  const rs = readings(word, tables);
  return bestSplit(rs, lexicon, counts, tables, false) ?? unknownWord(rs) ?? whole(word, false);
}

/** The word left whole. */
function whole(word: string, known: boolean): Segmentation {
  return { proclitics: [], base: word, enclitics: [], lemma: word, known };
}

/** What `judge` finds of a base: known at all, listed in one of the classes, a noun or particle. */
const KNOWN = 1;
const DIRECT = 2;
const STRONG = 4;

/** How `form` fares as a base of one of `classes`: 0 when the lexicon cannot explain it. */
function judge(form: string, classes: number, lexicon: Lexicon, tables: MorphologyTables): number {
  const tags = lexicon.get(form) ?? 0;
  if (tags & classes & (NOMINAL | TAG.function)) return KNOWN | DIRECT | STRONG;
  // Only now the suffix readings: one pass tells whether a noun reading or any reading exists.
  const known = (tags | suffixClasses(form, lexicon, tables, classes)) & classes;
  if (!known) return 0;
  return KNOWN | (tags & classes ? DIRECT : 0) | (known & NOMINAL ? STRONG : 0);
}

/**
 * The split with the fewest clitics whose base the lexicon knows, a listed base before one known
 * only through a suffix: بسيارته → ب + سيارت(ة) + ه, كتابهم → كتاب + هم. `articleOnly` keeps
 * the splits that remove the article.
 */
function bestSplit(rs: readonly Reading[], lexicon: Lexicon, counts: WordCounts, tables: MorphologyTables, articleOnly: boolean): Segmentation | undefined {
  let best: Candidate | undefined;
  let bestArticle: Candidate | undefined;
  const encl = tables.enclitics;
  const ending = encliticIndex(tables);
  for (const r of rs) {
    if (articleOnly && !r.article) continue;
    // The rest itself (k = -1), then, unless after the article, the rest less each enclitic it
    // ends with (in table order).
    const mayEnd = r.article ? NO_ENCLITICS : ending.fits(r.rest);
    for (let j = -1; j < mayEnd.length; j++) {
      const k = j < 0 ? -1 : mayEnd[j]!;
      const e = k < 0 ? '' : encl[k]!;
      if (k >= 0 && r.rest.length - e.length < 2) continue;
      const base = k < 0 ? r.rest : r.rest.slice(0, -e.length);
      const count = r.clitics.length + (k < 0 ? 0 : 1);
      if (count === 0 || base.length < 2) continue;
      // سيقول: the future س only before an imperfect verb.
      if (r.future && !startsImperfect(base)) continue;
      // ني is the object pronoun of verbs and a few particles (انني), never a possessive.
      const classes = e === 'ني' ? r.classes & (TAG.verb | TAG.function) : r.classes;
      // بيته: بيت, unless a spelling before it (بية) is known and not much rarer.
      let c: Candidate | undefined;
      const forms = k < 0 ? undefined : hostForms(base);
      for (let f = 0; f < (forms ? forms.length : 1); f++) {
        const form = forms ? forms[f]! : base;
        const fit = judge(form, classes, lexicon, tables);
        if (!fit) continue;
        if (!c || isMuchRarer(c.seg.lemma, form, counts)) {
          const enclitics: Clitic[] = k < 0 ? [] : [{ surface: e, tag: e }];
          const func = ((lexicon.get(form) ?? 0) & TAG.function) !== 0;
          c = { seg: { proclitics: r.clitics, base, enclitics, lemma: form, known: true }, count, strong: (fit & STRONG) !== 0, direct: (fit & DIRECT) !== 0, func };
        }
      }
      if (!c) continue;
      if (better(c, best, counts)) best = c;
      if (r.article && c.strong && better(c, bestArticle, counts)) bestArticle = c;
    }
  }
  // للامن: a split down to a rare verb form (ل + لامن) gives way to the article (ل + ل + امن);
  // للبيان: so does a noun much rarer than the article's (لبيان, بيان), but not للجنة (لجنة, جنة).
  if (best && bestArticle && best !== bestArticle) {
    if (!best.strong || !isMuchRarer(bestArticle.seg.lemma, best.seg.lemma, counts)) return bestArticle.seg;
  }
  return best?.seg;
}

const NO_ENCLITICS: readonly number[] = [];
const enclitics = new WeakMap<MorphologyTables, EndingIndex<number>>();

/** A table's enclitics (their indexes) by their ends: a base can only lose one it ends with. */
function encliticIndex(tables: MorphologyTables): EndingIndex<number> {
  let index = enclitics.get(tables);
  if (!index) {
    index = new EndingIndex(tables.enclitics.map((_, k) => k), (k) => tables.enclitics[k]!);
    enclitics.set(tables, index);
  }
  return index;
}

/** ي, ت, ن or ا: the first letter of an imperfect verb, as the future س demands. */
function startsImperfect(base: string): boolean {
  const c = base.charCodeAt(0);
  return c === 0x64a || c === 0x62a || c === 0x646 || c === 0x627;
}

/**
 * For a word the lexicon cannot explain, only the article runs that are safe on any word:
 * و/ف, ب/ك/ل and ال before at least three letters (والفيسبوك → و + ال + فيسبوك).
 */
function unknownWord(rs: readonly Reading[]): Segmentation | undefined {
  let pick: Reading | undefined;
  for (const r of rs) {
    if (r.article && r.rest.length >= 3 && (!pick || r.clitics.length > pick.clitics.length)) pick = r;
  }
  if (!pick) return undefined;
  return { proclitics: pick.clitics, base: pick.rest, enclitics: [], lemma: pick.rest, known: false };
}
