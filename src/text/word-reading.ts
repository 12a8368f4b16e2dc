/**
 * How one word is indexed and searched: its stem (the inflected reading), its surface without its
 * proclitics (the exact form, `=طالبان`), and whether it is a name. A name is never cut into a
 * common word: a query searches it by its surface where its stem would change it.
 *   «والفيسبوك» → stem فيسبوك, surface فيسبوك, a name (foreign by its letters);
 *   «طالبان» → stem طالب (two students), surface طالبان, a name (the Taliban): both are indexed;
 *   «بمصر» → stem مصر, surface مصر: a name its stem keeps, searched by the stem (which finds المصري);
 *   «وزاره» → read as وزارة (a final ه for ة, where no noun with a pronoun fits);
 *   «رءية» → read as رؤية (a hamza on a seat the lexicon does not know, where another seat is known).
 */
import { segmentClitics, type Segmentation } from './clitics.js';
import { readings } from './clitic-readings.js';
import { looksForeign } from './foreign-shape.js';
import { defaultKnownNames, type KnownNames } from './known-names.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { NOMINAL, TAG } from './lexicon-tags.js';
import { defaultMorphologyTables, type MorphologyTables } from './morphology-tables.js';
import { stem } from './stem.js';

/** A word's readings, in morph form (ة kept). */
export interface WordReading {
  /** The inflected reading: what a plain query word searches, unless it is a name. */
  stem: string;
  /** The word without its proclitics, unstemmed: what `=word` and a name search. */
  surface: string;
  /** A second surface, for a word the lexicon cannot read that opens with a letter a proclitic may be: the rest (وتويتر → تويتر). */
  also: string | null;
  /**
   * A plain query word searches its surface: a name (known, or foreign by its letters) that its
   * stem would change (طالبان, not طالب). A name its stem keeps (مصر) is searched by its stem.
   */
  name: boolean;
  /**
   * The surface may be a name: a listed one (also where it is a common word: الهلال, a club and the
   * crescent), a foreign word, or a word the lexicon cannot read. A query for it ranks first the
   * articles where the tagger found it as a name.
   */
  known: boolean;
  /**
   * A foreign word by its letters, or a word the lexicon cannot read: its transliteration may be
   * spelled other ways (جوجل, غوغل), which its sound key joins.
   */
  foreign: boolean;
  /** The segmentation the stem came from. */
  seg: Segmentation;
}

export interface ReadingData {
  lexicon: Lexicon;
  tables: MorphologyTables;
  names: KnownNames;
}

let bundled: ReadingData | undefined;
const defaults = (): ReadingData => (bundled ??= { lexicon: defaultLexicon(), tables: defaultMorphologyTables(), names: defaultKnownNames() });

/** The proclitics that end in the article, at a word's start: ال, وال, بال, فكال, لل (ل + ال), ولل. */
export const ARTICLE_RUN_SOURCE = '^(?:[وف]?(?:[بك]?ال|لل))';
/** An article run before at least three more letters (بالفيسبوك). */
const ARTICLE_RUN = new RegExp(`${ARTICLE_RUN_SOURCE}(?=...)`, 'u');

/** Reads one morph-form Arabic word (see the module comment). */
export function readWord(word: string, data: ReadingData = defaults()): WordReading {
  const { lexicon, tables, names } = data;
  let w = word;
  let seg = segmentClitics(w, { lexicon, tables });
  // A hamza on a seat the lexicon does not know (رءية): the spelling it knows (رؤية).
  if (HAMZA.test(w) && lexicon.get(seg.lemma) === undefined) {
    for (const alt of hamzaSpellings(w)) {
      const altSeg = segmentClitics(alt, { lexicon, tables });
      if (lexicon.get(altSeg.lemma) !== undefined) {
        w = alt;
        seg = altSeg;
        break;
      }
    }
  }
  // A final ه for ة (وزاره, الصحه): the ة word, where the ه reads as no pronoun on a listed noun.
  if (w.length > 3 && w.endsWith('ه')) {
    const alt = w.slice(0, -1) + 'ة';
    const altSeg = segmentClitics(alt, { lexicon, tables });
    if (altSeg.known && altSeg.enclitics.length === 0 && !pronounReading(seg, altSeg)) {
      w = alt;
      seg = altSeg;
    }
  }
  const pre = seg.proclitics.reduce((n, c) => n + c.surface.length, 0);
  // The surface after the proclitics, as written: the article's ل in للمدرسة stands for ال.
  const surface = w.slice(pre);
  // The stem, once: every test below that asks how the lexicon reads the word uses it.
  const stemmed = stemOf(w, seg);
  const isExplained = explained(seg, stemmed, lexicon);
  const found = listedName(w, seg, stemmed, isExplained, data) ?? (seg.known && !isExplained ? foreignName(w, seg) : null);
  if (found !== null) {
    const { name, foreign } = found;
    // A name the stemmer would turn into a common word (طالبان: two students) keeps that reading as
    // its stem, and a query for it searches the name. A foreign word's reading is no reading at all
    // (فيسبوك → سب), so it is its own stem. A stem the lexicon does not know, cut from the name's end
    // only, is the stemmer's own joining of a name's forms (الحوثيين, الحوثي → حوث), and stays.
    const inflected = stem(name, {}, name);
    const common = inflected !== name && ((lexicon.get(inflected) ?? 0) & COMMON) !== 0;
    const homograph = common && !foreign && isExplained;
    const kept = homograph || (!common && !foreign && lexicon.get(inflected) === undefined && name.startsWith(inflected));
    // A nisba plural listed as a name of its own joins the name it is made from (الحوثيين,
    // الحوثيون → الحوثي), as the group's members and the group are one search.
    const group = !homograph && /ي(?:ين|ون)$/u.test(name) && names.has(name.slice(0, -2)) ? name.slice(0, -2) : null;
    return { stem: group ?? (kept ? inflected : name), surface: name, also: null, name: homograph || foreign, known: true, foreign, seg };
  }
  if (seg.known) {
    // A nisba of a person's name is a name of its own, a family's or a club's (الفيصلي is not
    // فيصل); one of a place or a people joins it (المصري, العربي).
    const nisba = seg.lemma === `${stemmed}ي` || seg.lemma === `${stemmed}ية`;
    if (nisba && seg.enclitics.length === 0 && names.person(stemmed)) return { stem: seg.lemma, surface, also: null, name: false, known: true, foreign: false, seg };
    return { stem: stemmed, surface, also: null, name: false, known: names.has(surface), foreign: false, seg };
  }
  // A word the lexicon cannot read at all is most often a name (وتويتر): it is searched by its
  // surface, and one that opens with a letter a proclitic may be is indexed without it too.
  const also = pre === 0 && /^[وفبلك]/u.test(surface) && surface.length >= 4 ? surface.slice(1) : null;
  return { stem: stemmed, surface, also, name: true, known: true, foreign: true, seg };
}

const stemOf = (w: string, seg: Segmentation): string => stem(w, {}, seg.lemma);

const HAMZA = /[ءؤئ]/u;
const SEATS = ['ؤ', 'ئ', 'ء'];

/** The word with each of its hamzas, one at a time, on the other seats: مسئول → مسؤول, مسءول. */
function hamzaSpellings(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) {
    if (!SEATS.includes(w[i]!)) continue;
    for (const seat of SEATS) if (seat !== w[i]) out.push(w.slice(0, i) + seat + w.slice(i + 1));
  }
  return out;
}

/**
 * Whether the segmentation reads a final ه as a pronoun on a word the lexicon knows (كتابه: his book,
 * beside كتابة; وقراه: and he read it). Not after the article, which a pronoun never follows, nor
 * where it needs more proclitics than the ة word (وزاره is وزارة, not و + زار + ه).
 */
function pronounReading(seg: Segmentation, alt: Segmentation): boolean {
  if (seg.enclitics.length !== 1 || seg.enclitics[0]!.surface !== 'ه') return false;
  if (seg.proclitics.some((c) => c.tag === 'ال')) return false;
  return seg.known && seg.proclitics.length <= alt.proclitics.length;
}

/** Tags of a common word: what a name's stem must not become (طالبان → طالب, تدمر → دمر). */
const COMMON = TAG.noun | TAG.adjective | TAG.verb;
/**
 * A word the lexicon lists as a noun or adjective is no name, though a list names it: حرب, سلام and
 * مدينة are persons and places too. A verb form is no such bar: تدمر (Palmyra) is listed only as
 * «she destroys», and a query for it means the city.
 */
const NOMINAL_WORD = TAG.noun | TAG.adjective;

/**
 * Whether the lexicon reads the word as a noun or particle: its base listed so, or, with no
 * enclitic, an inflected form of one (السيارتان). Not a verb form only, nor a noun that only a
 * stemmer's cuts through a pronoun reach (فيسبوك → ف + يسبون + ك → سب).
 */
function explained(seg: Segmentation, stemmed: string, lexicon: Lexicon): boolean {
  if (!seg.known) return false;
  if ((lexicon.get(seg.lemma) ?? 0) & (NOMINAL | TAG.function)) return true;
  if (seg.enclitics.length > 0) return false;
  return ((lexicon.get(stemmed) ?? 0) & NOMINAL) !== 0;
}

/**
 * The listed name a word holds, without its proclitics, or null: an actor of the alias table, the
 * word itself or after a run of proclitics (طالبان, لطالبان), or a name of the other lists or the
 * lexicon that is no common noun or adjective (بوتين, لندن, تدمر; not حرب).
 */
function listedName(w: string, seg: Segmentation, stemmed: string, isExplained: boolean, data: ReadingData): { name: string; foreign: boolean } | null {
  const { lexicon, tables, names } = data;
  const rs = readings(w, tables);
  for (const r of rs) if (r.rest.length >= 3 && names.actor(r.rest)) return { name: withoutArticle(r.rest, names), foreign: false };
  if (isExplained && seg.enclitics.length > 0) return null;
  for (const r of rs) {
    if (r.rest.length < 3 || !names.has(r.rest) || (lexicon.get(r.rest) ?? 0) & NOMINAL_WORD) continue;
    // A name that is the whole word beats the lexicon's clitic reading (المانيا is no ال + مانيا).
    const whole = r.clitics.length === 0 && seg.proclitics.length > 0;
    if (!whole) {
      // A name after clitics must be the word the lexicon reads, when it reads one (بمصر: ب + مصر) …
      if (isExplained && r.rest !== seg.lemma) continue;
      // … and not a form of another name (الأمريكي, a nisba of أمريكا; العربي of عرب).
      if (isExplained && stemmed !== r.rest && names.has(stemmed)) continue;
    }
    return { name: withoutArticle(r.rest, names), foreign: false };
  }
  return null;
}

/**
 * A foreign word, by its letters, that the lexicon reads only as a verb with clitics (the caller
 * has found no noun reading): فيسبوك is no ف + يسبون + ك, كورونا no كورو + نا; after an article
 * run (بالفيسبوك). Null otherwise: a verb form standing alone (شاركوا) is read as the lexicon reads it.
 */
function foreignName(w: string, seg: Segmentation): { name: string; foreign: boolean } | null {
  if (seg.proclitics.length + seg.enclitics.length === 0) return null;
  const article = ARTICLE_RUN.exec(w);
  const bare = article ? w.slice(article[0].length) : w;
  return looksForeign(bare) ? { name: bare, foreign: true } : null;
}

/** A name listed with its article (الفيفا) is the name without it, where that is known too (فيفا). */
function withoutArticle(name: string, names: KnownNames): string {
  return name.startsWith('ال') && name.length >= 5 && names.has(name.slice(2)) ? name.slice(2) : name;
}
