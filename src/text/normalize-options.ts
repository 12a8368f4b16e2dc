/** The named normalisation steps, and the documented presets built from them. */
import { RasdError } from '../errors.js';

/** Each step is off unless set; compose them freely or start from a preset. */
export interface NormalizeOptions {
  /** Arabic presentation forms to their base letters by compatibility folding: ﻻ → لا, ﺑ → ب. */
  presentationForms?: boolean;
  /** Remove tatweel: جـــديد → جديد. */
  tatweel?: boolean;
  /** Remove harakat, superscript alef and Quranic marks: كَتَبَ → كتب. */
  diacritics?: boolean;
  /** Alef variants to bare alef: أ إ آ ٱ → ا. */
  alef?: boolean;
  /** Alef maqsura to yeh: على → علي. */
  alefMaqsura?: boolean;
  /** Ta marbuta to heh (search only): مدرسة → مدرسه. */
  taMarbuta?: boolean;
  /** Hamza on a carrier to the bare carrier: مسؤول → مسوول, رئيس → رييس. */
  hamza?: boolean;
  /** Persian and Urdu look-alikes to Arabic letters: ک → ك, ی → ي, ہ → ه. */
  persian?: boolean;
  /** Arabic-Indic and Persian digits to ASCII: ٢٠١٥ → 2015. */
  digits?: boolean;
  /** Arabic punctuation to ASCII: ، → , and ؛ → ; and ؟ → ? (also ٪ ٫ ٬ ۔). */
  punctuation?: boolean;
  /** Remove zero-width and bidi controls (ZWNJ, ZWJ, LRM, RLM, ALM, BOM, embeddings, isolates). */
  controls?: boolean;
  /** Each run of white space becomes one space, or one newline if the run held a line break. */
  whitespace?: boolean;
  /** Lower-case Latin letters: Reuters → reuters. */
  lowercase?: boolean;
}

/** The full list of step names, in the order they apply. */
export const NORMALIZE_STEPS = [
  'presentationForms',
  'tatweel',
  'diacritics',
  'alef',
  'alefMaqsura',
  'taMarbuta',
  'hamza',
  'persian',
  'digits',
  'punctuation',
  'controls',
  'whitespace',
  'lowercase',
] as const satisfies ReadonlyArray<keyof NormalizeOptions>;

/** For search: every step except hamza carriers. Indexing and querying must use the same set. */
export const SEARCH: Readonly<NormalizeOptions> = Object.freeze({
  presentationForms: true,
  tatweel: true,
  diacritics: true,
  alef: true,
  alefMaqsura: true,
  taMarbuta: true,
  hamza: false,
  persian: true,
  digits: true,
  punctuation: true,
  controls: true,
  whitespace: true,
  lowercase: true,
});

/** For the morphological stages (clitics, stemming, lexicon look-up): as search, but ة is kept, since it tells a noun's ending from the pronoun ـه. */
export const MORPH: Readonly<NormalizeOptions> = Object.freeze({ ...SEARCH, taMarbuta: false });

/** For display: only what is invisible or purely typographic; letters, harakat and digits stay as written. */
export const DISPLAY: Readonly<NormalizeOptions> = Object.freeze({
  presentationForms: true,
  tatweel: true,
  controls: true,
  whitespace: true,
});

/** The presets by name. */
export const NORMALIZE_PRESETS = { search: SEARCH, morph: MORPH, display: DISPLAY } as const;
export type NormalizePreset = keyof typeof NORMALIZE_PRESETS;

/** Resolves a preset name or an options object; throws on an unknown preset or step name. */
export function resolveNormalizeOptions(options: NormalizeOptions | NormalizePreset = 'search'): Readonly<NormalizeOptions> {
  if (typeof options === 'string') {
    const preset = (NORMALIZE_PRESETS as Record<string, NormalizeOptions>)[options];
    if (!preset) throw new RasdError('E_OPTION', `unknown normalisation preset "${options}" (known: ${Object.keys(NORMALIZE_PRESETS).join(', ')})`);
    return preset;
  }
  for (const key of Object.keys(options)) {
    if (!(NORMALIZE_STEPS as readonly string[]).includes(key)) {
      throw new RasdError('E_OPTION', `unknown normalisation step "${key}" (known: ${NORMALIZE_STEPS.join(', ')})`);
    }
  }
  return options;
}

/** A stable key for caching compiled tables. */
export function optionsKey(o: Readonly<NormalizeOptions>): string {
  let key = '';
  for (const step of NORMALIZE_STEPS) key += o[step] ? '1' : '0';
  return key;
}
