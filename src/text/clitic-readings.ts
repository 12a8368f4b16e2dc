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

/** All readings of the word's start: و/ف, then ب/ك/ل or س, then ال (`لل`: ل + ال without alef). */
export function readings(word: string, tables: MorphologyTables): Reading[] {
  const out: Reading[] = [{ clitics: [], rest: word, classes: ANY_CLASS, article: false, future: false }];
  const slot = (s: string): string | undefined => tables.proclitics.get(s);
  const grow = (from: Reading, surface: string, tag: string): Reading => ({
    ...from,
    clitics: [...from.clitics, { surface, tag }],
    rest: from.rest.slice(surface.length),
  });
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    const last = r.clitics[r.clitics.length - 1];
    const lastSlot = last ? slot(last.tag) : undefined;
    const first = r.rest[0] ?? '';
    if (!last && slot(first) === 'conj') out.push(grow(r, first, first));
    if ((!last || lastSlot === 'conj') && slot(first) === 'prep') {
      // ب/ك govern a noun or a pronoun-bearing particle (بهذا); ل also a verb (ليقول).
      out.push({ ...grow(r, first, first), classes: first === 'ل' ? ANY_CLASS : NOMINAL | TAG.function });
    }
    if ((!last || lastSlot === 'conj') && slot(first) === 'future') {
      out.push({ ...grow(r, first, first), classes: TAG.verb, future: true });
    }
    if (lastSlot !== 'article' && lastSlot !== 'future') {
      // للمدرسة: after the preposition ل the article is written without its alef.
      const article = last?.tag === 'ل' ? (first === 'ل' ? 'ل' : '') : r.rest.startsWith('ال') ? 'ال' : '';
      if (article && slot('ال') === 'article') out.push({ ...grow(r, article, 'ال'), classes: NOMINAL, article: true });
    }
  }
  return out;
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
