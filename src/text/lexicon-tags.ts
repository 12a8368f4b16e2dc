/** The tag letters of data/lexicon/ayaspell-stems.txt and their bit values in a loaded lexicon. */

/** One letter per tag as written in the lexicon file: word classes upper case, inflections lower case. */
export const TAG_LETTERS = {
  /** Particles, pronouns, prepositions: `غير`, `هو`. */
  function: 'F',
  /** Continents, countries, capitals, personal names: `جزائر`, `يوسف`. */
  proper: 'P',
  /** Nouns and verbal nouns: `سيارة`, `انتخاب`. */
  noun: 'N',
  /** Participles and adjectives, nisba included: `معلم`, `كبير`, `سياسي`. */
  adjective: 'A',
  /** Conjugated verb forms: `قال`, `يقول`. */
  verb: 'V',
  /** Takes the feminine ة: `كبير` → `كبيرة`. */
  feminine: 'f',
  /** Takes the dual ان/ين: `سيارة` → `سيارتان`. */
  dual: 'd',
  /** Takes the plural ات: `سيارة` → `سيارات`. */
  femininePlural: 't',
  /** Takes the plural ون/ين: `معلم` → `معلمون`. */
  masculinePlural: 'w',
  /** Takes the nisba ي/ية/يون: `اقتصاد` → `اقتصادي`. */
  nisba: 'n',
  /** Takes the accusative alef of tanween: `كتاب` → `كتابا`. */
  accusative: 'a',
  /** Takes verb agreement suffixes: `قال` → `قالوا`. */
  agreement: 'v',
  /** An imperfect verb that takes the future س: `يقول` → `سيقول`. */
  future: 's',
  /** A past-tense verb form: `قال`, `انتخب`. */
  past: 'p',
  /** Spelled with a final ى, which the morph form writes ي: `مدى` → `مدي` is no nisba of `مد`. */
  maqsura: 'y',
} as const;

/** A tag's name. */
export type TagName = keyof typeof TAG_LETTERS;

/** Bit of each tag in the number a lexicon stores per word. */
export const TAG: Readonly<Record<TagName, number>> = Object.freeze(
  Object.fromEntries(Object.keys(TAG_LETTERS).map((k, i) => [k, 1 << i])) as Record<TagName, number>,
);

/** Any word class that names a thing or quality (what a noun clitic may attach to). */
export const NOMINAL = TAG.noun | TAG.adjective | TAG.proper;

/** The bit of each tag letter, by its code (0 for a letter that is no tag). */
const LETTER_BIT = new Int32Array(128);
for (const [name, letter] of Object.entries(TAG_LETTERS) as Array<[TagName, string]>) LETTER_BIT[letter.charCodeAt(0)] = TAG[name];

/** Turns the tag letters of one lexicon line into bits: `Ndt` → noun | dual | femininePlural. */
export function parseTags(letters: string): number {
  return tagBits(letters, 0, letters.length);
}

/** The bits of the tag letters `text[from..to)`, read in place; letters that are no tag count for nothing. */
export function tagBits(text: string, from: number, to: number): number {
  let bits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) bits |= LETTER_BIT[c]!;
  }
  return bits;
}
