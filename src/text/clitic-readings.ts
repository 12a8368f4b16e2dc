/** The ways a word's edges can be read as clitics, before the lexicon decides between them. */
import { NOMINAL, TAG } from './lexicon-tags.js';
import type { MorphologyTables } from './morphology-tables.js';
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

function readAll(word: string, tables: MorphologyTables): Reading[] {
  const out: Reading[] = [{ clitics: [], rest: word, classes: ANY_CLASS, article: false, future: false }];
  const slots = tables.proclitics;
  // Each reading is read in turn for what may follow it; the ones it adds are read later.
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    const last = r.clitics[r.clitics.length - 1];
    const lastSlot = last ? slots.get(last.tag) : undefined;
    const first = r.rest[0] ?? '';
    const firstSlot = slots.get(first);
    if (!last && firstSlot === 'conj') out.push(grow(r, first, first, r.classes, r.future));
    if ((!last || lastSlot === 'conj') && firstSlot === 'prep') {
      // ب/ك govern a noun or a pronoun-bearing particle (بهذا); ل also a verb (ليقول).
      out.push(grow(r, first, first, first === 'ل' ? ANY_CLASS : NOMINAL | TAG.function, r.future));
    }
    if ((!last || lastSlot === 'conj') && firstSlot === 'future') out.push(grow(r, first, first, TAG.verb, true));
    if (lastSlot !== 'article' && lastSlot !== 'future') {
      // للمدرسة: after the preposition ل the article is written without its alef.
      const article = last?.tag === 'ل' ? (first === 'ل' ? 'ل' : '') : r.rest.startsWith('ال') ? 'ال' : '';
      if (article && slots.get('ال') === 'article') out.push(grow(r, article, 'ال', NOMINAL, r.future, true));
    }
  }
  return out;
}

/** `from` with one more proclitic, `surface` read as `tag`. */
function grow(from: Reading, surface: string, tag: string, classes: number, future: boolean, article = from.article): Reading {
  return { clitics: [...from.clitics, { surface, tag }], rest: from.rest.slice(surface.length), classes, article, future };
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
