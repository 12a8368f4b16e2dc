/**
 * What the tagger knows of one word type, hashed once and cached: its surface, folded form, clitic
 * split, stem, affixes, shape and lexicon class. `وبالرئيس` → proclitics `و+ب+ال`, base and
 * stem `رئيس`, prefixes `و` `وب` `وبا`, shape `A8`.
 */
import { segmentClitics } from '../text/clitics.js';
import { defaultLexicon, type Lexicon } from '../text/lexicon.js';
import { TAG } from '../text/lexicon-tags.js';
import { normalizeText } from '../text/normalize.js';
import { readLines } from '../text/read-data.js';
import { stem } from '../text/stem.js';
import { CHAR_CLASS, CharClass } from '../text/char-classes.js';
import { hashString } from './hash.js';
import type { WordClusters } from './word-clusters.js';

/** The attributes of a word, by slot in {@link WordInfo.attrs}. */
export const ATTRS = ['word', 'norm', 'base', 'stem', 'pro', 'enc', 'p1', 'p2', 'p3', 's1', 's2', 's3', 'bp2', 'bs2', 'bs3', 'shape', 'lex', 'names', 'nisba', 'bp3', 'blen', 'c4', 'c6', 'c10', 'c16'] as const;
export type AttrName = (typeof ATTRS)[number];
/** Slot of each attribute. */
export const ATTR: Readonly<Record<AttrName, number>> = Object.fromEntries(ATTRS.map((a, i) => [a, i])) as Record<AttrName, number>;

/** One word type: hashed attribute values and the key it has in phrase lists. */
export interface WordInfo {
  /** `attrs[ATTR.base]` is the hash of the base's value, seeded by the attribute. */
  readonly attrs: Int32Array;
  /** Hash of the folded base without the article: what gazetteers and cue lists match on. */
  readonly key: number;
}

/** The resources word analysis reads. */
export interface WordResources {
  lexicon: Lexicon;
  /** One-word names from ANERcorp's training part and ANERGazet (data/lexicon/anercorp-names.txt). */
  names: ReadonlySet<string>;
  /** Word clusters learned from a corpus (`rasd adapt`): a base's bit path; absent in the shipped model. */
  clusters?: WordClusters;
}

let bundled: WordResources | undefined;

/** The bundled lexicon and names list, read once. */
export function defaultWordResources(): WordResources {
  bundled ??= { lexicon: defaultLexicon(), names: new Set(readLines('lexicon/anercorp-names.txt')) };
  return bundled;
}

const SEEDS = ATTRS.map((a) => hashString(a));

/** The hash attribute `a` has for `value` in {@link WordInfo.attrs} (`attrHash('nisba', 'al')`). */
export function attrHash(a: AttrName, value: string): number {
  return hashString(value, SEEDS[ATTR[a]]);
}
const S = 'search';

/** `A5` (Arabic, five letters), `D4` (four digits), `L` (Latin), `AD` (سترسل105), `P,` (punctuation as is). */
export function shapeOf(word: string): string {
  let arabic = 0;
  let digit = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < word.length; i++) {
    const c = CHAR_CLASS[word.charCodeAt(i)];
    if (c === CharClass.ArabicLetter) arabic++;
    else if (c === CharClass.Digit) digit++;
    else if (c === CharClass.LatinLetter) latin++;
    else if (c !== CharClass.Mark && c !== CharClass.Tatweel) other++;
  }
  if (arabic && !digit && !latin && !other) return `A${Math.min(arabic, 9)}`;
  if (digit && !arabic && !latin) return other ? 'DP' : `D${Math.min(digit, 5)}`;
  if (latin && !arabic && !digit) return other ? 'LP' : 'L';
  if (arabic && digit) return 'AD';
  if (!arabic && !digit && !latin) return `P${word.length === 1 ? word : 'x'}`;
  return 'X';
}

/** The lexicon classes of a lemma as a short code: `FN` …, or `?` when unknown. */
function lexCode(tags: number | undefined): string {
  if (tags === undefined) return '?';
  let s = '';
  if (tags & TAG.function) s += 'F';
  if (tags & TAG.proper) s += 'P';
  if (tags & TAG.noun) s += 'N';
  if (tags & TAG.adjective) s += 'A';
  if (tags & TAG.verb) s += 'V';
  return s;
}

/** The phrase key of a folded base: the article off (`الرياض` → `رياض`), so lists need not spell it. */
export function phraseKeyOf(folded: string): number {
  return hashString(folded.length > 3 && folded.startsWith('ال') ? folded.slice(2) : folded, 0x9e3779b9);
}

/** True for a word that gets a clitic split: Arabic letters and no digits. */
function isArabicWord(morph: string): boolean {
  return /\p{Script=Arabic}/u.test(morph) && !/\p{Nd}/u.test(morph);
}

/**
 * The phrase key of one word ({@link WordInfo.key}) without its other attributes: what word lists
 * are compiled with, a third of the work of {@link analyzeWord}.
 */
export function wordKey(word: string, res: WordResources = defaultWordResources()): number {
  return phraseKeyOf(baseOf(word, res));
}

/**
 * A word's base: clitics off and folded (`وبالرياض` → `رياض`), or its folded surface when it is not
 * an Arabic word. Word clusters are keyed on it.
 */
export function baseOf(word: string, res: WordResources = defaultWordResources()): string {
  const morph = normalizeText(word, 'morph');
  if (!isArabicWord(morph)) return normalizeText(word, S);
  return normalizeText(segmentClitics(morph, { lexicon: res.lexicon }).lemma, S);
}

/** Analyses one word type (no caching; see {@link WordCache}). */
export function analyzeWord(word: string, res: WordResources = defaultWordResources()): WordInfo {
  const norm = normalizeText(word, S);
  const morph = normalizeText(word, 'morph');
  const arabic = isArabicWord(morph);
  const seg = arabic ? segmentClitics(morph, { lexicon: res.lexicon }) : null;
  const lemma = seg ? seg.lemma : morph;
  const base = seg ? normalizeText(lemma, S) : norm;
  const st = seg ? normalizeText(stem(morph, { lexicon: res.lexicon }, seg.lemma), S) : norm;
  // The names list was built from the training part, so it would tag every training name and only
  // some dev names: read the lexicon class without it (a listed name is «unknown» to Ayaspell).
  const listedName = res.names.has(lemma) || res.names.has(morph);
  const tags = arabic && !listedName ? res.lexicon.get(lemma) : undefined;
  const path = res.clusters?.get(base);
  const values: Record<AttrName, string> = {
    word,
    norm,
    base,
    stem: st,
    pro: seg ? seg.proclitics.map((c) => c.tag).join('+') : '',
    enc: seg ? seg.enclitics.map((c) => c.tag).join('+') : '',
    p1: norm.slice(0, 1),
    p2: norm.slice(0, 2),
    p3: norm.slice(0, 3),
    s1: norm.slice(-1),
    s2: norm.slice(-2),
    s3: norm.slice(-3),
    bp2: base.slice(0, 2),
    bs2: base.slice(-2),
    bs3: base.slice(-3),
    shape: shapeOf(word),
    lex: arabic ? lexCode(tags) : '-',
    names: listedName ? 'y' : 'n',
    // «الفرنسي», «الألمانية»: a nisba adjective after a name (`ليون الفرنسي`) says club or company more than place.
    nisba: !arabic ? '-' : /(ي|يه|يين|يون)$/.test(base) && base.length > 3 ? (seg?.proclitics.some((c) => c.tag === 'ال') ? 'al' : 'y') : 'n',
    bp3: base.slice(0, 3),
    // Short bases are mostly function words and common nouns; names run longer.
    blen: String(Math.min(base.length, 8)),
    // An adapted model's word cluster at four depths («-»: no cluster, or no adapted model).
    c4: path === undefined ? '-' : path.slice(0, 4),
    c6: path === undefined ? '-' : path.slice(0, 6),
    c10: path === undefined ? '-' : path.slice(0, 10),
    c16: path ?? '-',
  };
  const attrs = new Int32Array(ATTRS.length);
  for (let a = 0; a < ATTRS.length; a++) attrs[a] = hashString(values[ATTRS[a]!], SEEDS[a]);
  return { attrs, key: phraseKeyOf(base) };
}


/** The padding before and after a sentence: every attribute says «edge». */
export const EDGE: WordInfo = { attrs: Int32Array.from(SEEDS, (s) => hashString('<edge>', s)), key: 0 };

/**
 * Word analyses cached by surface; cleared when it grows past `limit` types (30,000 cover most
 * words of a day of news; 100,000 had held about 40 MB more per tagger, at no measurable gain).
 */
export class WordCache {
  private readonly map = new Map<string, WordInfo>();
  constructor(private readonly res: WordResources = defaultWordResources(), private readonly limit = 30_000) {}
  /** The phrase key of `word` ({@link wordKey}): its cached analysis's key when it has one, else computed (and not cached). */
  key(word: string): number {
    return this.map.get(word)?.key ?? wordKey(word, this.res);
  }

  /** The analysis of `word`, computed on first sight. */
  get(word: string): WordInfo {
    let info = this.map.get(word);
    if (info === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      info = analyzeWord(word, this.res);
      this.map.set(word, info);
    }
    return info;
  }
}
