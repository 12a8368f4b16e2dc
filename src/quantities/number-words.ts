/**
 * The Arabic number words (data/text/number-words.txt) as a look-up by search form: «ثلاثة» → one 3,
 * «عشرين» → ten 20, «مائتين» → hundred 200, «آلاف» → scale-plural 1000 and vague 2000-9999.
 */
import { RasdError } from '../errors.js';
import { normalizeText } from '../text/normalize.js';
import { readDataText } from '../text/read-data.js';

export const NUMBER_KINDS = ['one', 'teen-head', 'teen-tail', 'ten', 'hundred', 'scale', 'scale-dual', 'scale-plural', 'fraction', 'vague'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

/** One reading of a number word: «آلاف» has two (scale-plural 1000, vague 2000–9999). */
export interface NumberWord {
  kind: NumberKind;
  /** The value (for a fraction its quotient, 0.5; for a vague count its low end). */
  value: number;
  /** The high end of a vague count; `value` for the others. */
  high: number;
}

/** Search form → its readings, in file order. */
export type NumberLexicon = ReadonlyMap<string, readonly NumberWord[]>;

/** The search form words are matched by (harakat, tatweel, alef, ى, ة folded). */
export const foldWord = (s: string): string => normalizeText(s, 'search');

/** Parses `kind<TAB>value<TAB>word|word|…` lines; throws E_DATA naming a malformed line. */
export function parseNumberWords(source: string, file = 'text/number-words.txt'): NumberLexicon {
  const lex = new Map<string, NumberWord[]>();
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [kind = '', value = '', words = '', extra] = line.split('\t');
    const bad = (why: string): never => {
      throw new RasdError('E_DATA', `data/${file}:${i + 1}: ${why}: ${JSON.stringify(line)}`);
    };
    if (extra !== undefined || !words) bad('expected kind<TAB>value<TAB>word|word|…');
    if (!(NUMBER_KINDS as readonly string[]).includes(kind)) bad(`unknown kind "${kind}" (known: ${NUMBER_KINDS.join(', ')})`);
    let low: number;
    let high: number;
    if (kind === 'vague') {
      const m = /^(\d+)-(\d+)$/.exec(value) ?? bad('expected a vague count as low-high');
      [low, high] = [Number(m[1]), Number(m[2])];
    } else if (kind === 'fraction') {
      const m = /^(\d+)\/(\d+)$/.exec(value) ?? bad('expected a fraction as n/d');
      low = high = Number(m[1]) / Number(m[2]);
    } else {
      low = high = Number(value);
      if (!/^\d+$/.test(value)) bad('expected a whole number');
    }
    for (const w of words.split('|').map((x) => x.trim()).filter(Boolean)) {
      const key = foldWord(w);
      if (key.includes(' ')) bad(`"${w}" has a space; number words are single words`);
      const list = lex.get(key) ?? [];
      list.push({ kind: kind as NumberKind, value: low, high });
      lex.set(key, list);
    }
  });
  return lex;
}

let shipped: NumberLexicon | undefined;

/** The shipped number words (data/text/number-words.txt), read once. */
export function defaultNumberWords(): NumberLexicon {
  shipped ??= parseNumberWords(readDataText('text/number-words.txt'));
  return shipped;
}

/** The reading of `kind` of a word, if it has one. */
export const readingOf = (readings: readonly NumberWord[] | undefined, kind: NumberKind): NumberWord | undefined => readings?.find((r) => r.kind === kind);
