/** The ways a word's edges can be read as clitics, before the lexicon decides between them. */
import { NOMINAL, TAG } from './lexicon-tags.js';
import type { MorphologyTables, ProcliticSlot } from './morphology-tables.js';
import { ANY_CLASS } from './inflection.js';

/** One clitic: its letters as written and what it is (`{surface: 'ل', tag: 'ال'}` is the article in `لل`). */
export interface Clitic {
  surface: string;
  tag: string;
}

/** A way to read the start of a word as proclitics, with what it demands of the rest. */
export interface Reading {
  clitics: Clitic[];
  rest: string;
  /** Word classes the base may have after these proclitics. */
  classes: number;
  article: boolean;
  future: boolean;
}

/** The word {@link readings} read last, and its readings: the segmenter and the name reader both ask for them. */
let lastWord = '';
let lastTables: MorphologyTables | null = null;
let lastReadings: readonly Reading[] = [];

/**
 * All readings of the word's start: و/ف, then ب/ك/ل or س, then ال (`لل`: ل + ال without alef).
 * Shared, not copied: a word asked for twice in a row gets the same readings.
 */
export function readings(word: string, tables: MorphologyTables): readonly Reading[] {
  if (word === lastWord && tables === lastTables) return lastReadings;
  lastReadings = readAll(word, tables);
  lastWord = word;
  lastTables = tables;
  return lastReadings;
}

/** The proclitics of a table as read at a word's start: one letter's slot and clitic, by its code unit. */
interface ProcliticIndex {
  /** The slot of each one-letter proclitic, by its code unit. */
  slot: Map<number, ProcliticSlot>;
  /** The clitic of each one-letter proclitic read as itself (`{surface: 'و', tag: 'و'}`), shared by every reading. */
  self: Map<number, Clitic>;
  /** The slot of each tag. */
  tagSlot: ReadonlyMap<string, ProcliticSlot>;
  /** The article as written (ال), and as written after the preposition ل (للمدرسة), or null without an article slot. */
  article: Clitic | null;
  shortArticle: Clitic | null;
}

const indexes = new WeakMap<MorphologyTables, ProcliticIndex>();

function indexOf(tables: MorphologyTables): ProcliticIndex {
  let index = indexes.get(tables);
  if (index) return index;
  const slot = new Map<number, ProcliticSlot>();
  const self = new Map<number, Clitic>();
  for (const [surface, s] of tables.proclitics) {
    if (surface.length !== 1) continue;
    slot.set(surface.charCodeAt(0), s);
    self.set(surface.charCodeAt(0), Object.freeze({ surface, tag: surface }));
  }
  const hasArticle = tables.proclitics.get('ال') === 'article';
  index = {
    slot,
    self,
    tagSlot: tables.proclitics,
    article: hasArticle ? Object.freeze({ surface: 'ال', tag: 'ال' }) : null,
    shortArticle: hasArticle ? Object.freeze({ surface: 'ل', tag: 'ال' }) : null,
  };
  indexes.set(tables, index);
  return index;
}

const LAM = 0x644;

function readAll(word: string, tables: MorphologyTables): Reading[] {
  const out: Reading[] = [{ clitics: [], rest: word, classes: ANY_CLASS, article: false, future: false }];
  const index = indexOf(tables);
  // Each reading is read in turn for what may follow it; the ones it adds are read later.
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    // Nothing follows a reading that took the whole word (و alone); charCodeAt past the end would
    // give NaN, a number V8's compiled code does not expect here, and throw that code away.
    if (r.rest.length === 0) continue;
    // Not clitics[length - 1] on an empty array: index -1 is a property lookup, far slower.
    const last = r.clitics.length > 0 ? r.clitics[r.clitics.length - 1] : undefined;
    const lastSlot = last ? index.tagSlot.get(last.tag) : undefined;
    const code = r.rest.charCodeAt(0);
    const firstSlot = index.slot.get(code);
    const own = index.self.get(code);
    if (!last && firstSlot === 'conj') out.push(grow(r, own!, r.classes, r.future));
    if ((!last || lastSlot === 'conj') && firstSlot === 'prep') {
      // ب/ك govern a noun or a pronoun-bearing particle (بهذا); ل also a verb (ليقول).
      out.push(grow(r, own!, code === LAM ? ANY_CLASS : NOMINAL | TAG.function, r.future));
    }
    if ((!last || lastSlot === 'conj') && firstSlot === 'future') out.push(grow(r, own!, TAG.verb, true));
    if (lastSlot !== 'article' && lastSlot !== 'future') {
      // للمدرسة: after the preposition ل the article is written without its alef.
      const article = last?.tag === 'ل' ? (code === LAM ? index.shortArticle : null) : r.rest.startsWith('ال') ? index.article : null;
      if (article) out.push(grow(r, article, NOMINAL, r.future, true));
    }
  }
  return out;
}

/** `from` with one more proclitic. */
function grow(from: Reading, clitic: Clitic, classes: number, future: boolean, article = from.article): Reading {
  return { clitics: [...from.clitics, clitic], rest: from.rest.slice(clitic.surface.length), classes, article, future };
}

/** The spellings a base may stand for once an enclitic is removed: سيارت → سيارة, مستشفا → مستشفي. */
export function hostForms(base: string): string[] {
  if (base.endsWith('ت')) return [base.slice(0, -1) + 'ة', base];
  if (base.endsWith('ا')) return [base, base.slice(0, -1) + 'ي'];
  // معلموه, كتبوه: the plural ون loses its ن before a pronoun, the verb ending وا its alef.
  if (base.endsWith('و')) return [base + 'ن', base + 'ا', base];
  // لقائه, لقاؤه: a final hamza takes the seat its vowel asks for (لقاء).
  if (base.endsWith('ئ') || base.endsWith('ؤ')) return [base, base.slice(0, -1) + 'ء'];
  return [base];
}
