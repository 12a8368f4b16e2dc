/**
 * The written forms of a word with proclitics in front, in the search form: «الأمم» → «الامم»,
 * «والامم», «بالامم», «للامم» …; «داعش» → «داعش», «وداعش», «لداعش» …. Generated once per listed
 * word, so that matching a text word is one look-up and never a guess at which letters are clitics.
 */
import { defaultMorphologyTables, type MorphologyTables } from '../text/morphology-tables.js';

/** One form: its letters, how many leading letters are clitics to leave out of a span, and what it carries. */
export interface CliticForm {
  form: string;
  /** Leading letters (of the search form) that a span leaves out: 1 for «وداعش»; for «للامم», 1 in a name, 0 in a role. */
  skip: number;
  /** The form carries the article: «الامم», «بالامم», «للامم». */
  definite: boolean;
  /** The form carries a preposition: «بداعش», «للامم». */
  prep: boolean;
}

/** Whether the article is part of the listed word, may be added, or may not. */
export type ArticleRule = 'none' | 'optional' | 'required';

/** The proclitic letters by slot, from data/morphology/proclitics.txt. */
export interface CliticLetters {
  conj: readonly string[];
  prep: readonly string[];
  article: string;
}

/** Reads the conjunctions, prepositions and article of the morphology tables (the future س is left out). */
export function cliticLetters(tables: MorphologyTables = defaultMorphologyTables()): CliticLetters {
  const conj: string[] = [];
  const prep: string[] = [];
  let article = 'ال';
  for (const [surface, slot] of tables.proclitics) {
    if (slot === 'conj') conj.push(surface);
    else if (slot === 'prep') prep.push(surface);
    else if (slot === 'article') article = surface;
  }
  return { conj, prep, article };
}

/** What a span does with «لل» (ل + the article): a name's leaves the ل out, a role's keeps it. */
export type LamSpan = 'cut' | 'keep';

/**
 * Every form of `bare` (a search-form word without the article) with و/ف, then ب/ك/ل, then the
 * article as `article` allows; the bare or listed form comes first.
 * `cliticForms('امم', 'required')` → الامم, والامم, بالامم, كالامم, للامم, وللامم ….
 */
export function cliticForms(bare: string, article: ArticleRule, letters: CliticLetters = cliticLetters(), lam: LamSpan = 'keep'): CliticForm[] {
  const out: CliticForm[] = [];
  const arts = article === 'none' ? [false] : article === 'required' ? [true] : [false, true];
  for (const conj of ['', ...letters.conj]) {
    for (const prep of ['', ...letters.prep]) {
      for (const art of arts) {
        // After ل the article loses its alef (ل + الامم → للامم), and a noun starting with ل merges
        // with it (ل + اللجنة → للجنة): a name's span leaves out the preposition's ل as any clitic
        // («لامم», as annotators mark it); a role's keeps both («للرئيس التونسي» reads as written).
        const lamArt = art && prep === 'ل';
        const form = lamArt ? conj + 'ل' + (bare.startsWith('ل') ? bare : 'ل' + bare) : conj + prep + (art ? letters.article : '') + bare;
        const skip = lamArt && lam === 'keep' ? conj.length : conj.length + prep.length;
        out.push({ form, skip, definite: art, prep: prep !== '' });
      }
    }
  }
  return out;
}

/** Splits a listed word into its bare form and article rule: «الامم» → [«امم», 'required']. */
export function articleOf(word: string, article = 'ال'): [string, ArticleRule] {
  return word.startsWith(article) && word.length > article.length + 1 ? [word.slice(article.length), 'required'] : [word, 'none'];
}
