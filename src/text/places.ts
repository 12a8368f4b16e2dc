/**
 * The Arabic place gazetteer (data/geo): is a piece of text, as a whole, the name of a place?
 * «جدة», «مكه المكرمه», «الاسكندرية» are; «وقال الوزير» and «اسم الطبق» are not.
 */
import { CHAR_CLASS, CharClass } from './char-classes.js';
import { DROP, MULTI, foldTable } from './fold-table.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { TAG } from './lexicon-tags.js';
import { normalizeText, SEARCH } from './normalize.js';
import { parsePlaces, type Place } from './parse-places.js';
import { readDataText } from './read-data.js';
import { WordTable } from './word-table.js';

export type { Place, PlaceKind } from './parse-places.js';

/** The bundled gazetteer files, hand-written first: they win ties of order. */
export const PLACE_FILES = ['geo/places-extra.txt', 'geo/saudi-places.txt', 'geo/countries-ar.txt', 'geo/cities-ar.txt'] as const;
/**
 * The files the NER tagger's place feature reads: those its shipped model was trained with. A list
 * added later serves the gazetteer's rules; the tagger reads it once a model is trained with it
 * (trained with the Saudi list, the ANERcorp dev figure fell from 75.8 to 75.0 F1).
 */
export const TAGGER_PLACE_FILES = ['geo/places-extra.txt', 'geo/countries-ar.txt', 'geo/cities-ar.txt'] as const;

/** Longest name, in words, that a look-up tries: «الولايات المتحدة الأمريكية» has three. */
export const MAX_PLACE_WORDS = 4;

/** Places indexed by the search form of their names. */
export interface Gazetteer {
  /** The places a whole piece of text names (best first: countries, then the most populous), or none. */
  find(text: string): readonly Place[];
  /** Whether a name of several words opens with this word (search form): «خميس» of «خميس مشيط». */
  opensName(word: string): boolean;
  readonly size: number;
}

const NONE: readonly Place[] = Object.freeze([]);
const ALEF = 0x0627;
const LAM = 0x0644;
const SPACE = 32;
const RANK = { country: 0, continent: 0, region: 1, governorate: 2, city: 2, district: 3, crossing: 3 } as const;

/** FNV-1a over `units[0..len)`. */
function hashUnits(units: Uint16Array, len: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < len; i++) h = Math.imul(h ^ units[i]!, 0x01000193);
  return h;
}

/**
 * Builds a gazetteer. `lexicon` decides whether «ال» + name may stand for a name listed without the
 * article: البصرة for بصرة yes, الصور (the pictures) for صور (Tyre) no; it is read only on that path.
 */
export function createGazetteer(places: readonly Place[], lexicon: () => Lexicon = defaultLexicon): Gazetteer {
  const { table: fold, multi } = foldTable(SEARCH);
  const index = new WordTable();
  const groups: Place[][] = [];
  const openers = new Set<string>();
  let scratch = new Uint16Array(64);
  for (const place of places) {
    const key = normalizeText(place.name, 'search').trim();
    const space = key.search(/\s/u);
    if (space > 0) openers.add(key.slice(0, space));
    if (scratch.length < key.length + 2) scratch = new Uint16Array(key.length * 2 + 2);
    for (let i = 0; i < key.length; i++) scratch[i] = key.charCodeAt(i);
    const h = hashUnits(scratch, key.length);
    const g = index.get(scratch, key.length, h, -1);
    if (g >= 0) groups[g]!.push(place);
    else {
      index.add(scratch, key.length, h, groups.length);
      groups.push([place]);
    }
  }
  // Stable: among equals, the order of the files (hand-written first).
  for (const g of groups) g.sort((a, b) => RANK[a.kind] - RANK[b.kind] || (b.population ?? 0) - (a.population ?? 0));
  // Per group: 0 not yet known, 1 its bare name is a common word (no «ال» form), 2 it is not.
  const bareIsWord = new Uint8Array(groups.length);
  const takesArticle = (g: number): boolean => {
    if (bareIsWord[g] === 0) {
      const name = groups[g]![0]!.name;
      const tags = name.includes(' ') ? undefined : lexicon().get(normalizeText(name, 'morph'));
      bareIsWord[g] = tags !== undefined && !(tags & TAG.proper) ? 1 : 2;
    }
    return bareIsWord[g] === 2;
  };

  const buf = new Uint16Array(256);
  /** Folds text into buf as the search form, white space collapsed and trimmed; -1 when too long or too many words. */
  const foldInto = (text: string): number => {
    let len = 0;
    let words = 1;
    let space = false;
    for (let i = 0; i < text.length; i++) {
      const f = fold[text.charCodeAt(i)]!;
      if (f === DROP) continue;
      const rep = f === MULTI ? multi.get(text.charCodeAt(i))! : null;
      for (let k = 0; k < (rep ? rep.length : 1); k++) {
        const c = rep ? rep.charCodeAt(k) : f;
        if (CHAR_CLASS[c] === CharClass.Space) {
          space = len > 0;
          continue;
        }
        if (len + 2 >= buf.length) return -1;
        if (space) {
          if (++words > MAX_PLACE_WORDS) return -1;
          buf[len++] = SPACE;
          space = false;
        }
        buf[len++] = c;
      }
    }
    return len;
  };

  return {
    size: groups.length,
    opensName: (word) => openers.has(word),
    find(text) {
      const len = foldInto(text);
      if (len <= 0) return NONE;
      let g = index.get(buf, len, hashUnits(buf, len), -1);
      if (g >= 0) return groups[g]!;
      // «البصرة» for a name listed as «بصرة»: drop the article and look again.
      if (len > 4 && buf[0] === ALEF && buf[1] === LAM) {
        buf.copyWithin(0, 2, len);
        g = index.get(buf, len - 2, hashUnits(buf, len - 2), -1);
        if (g >= 0 && takesArticle(g)) return groups[g]!;
      }
      return NONE;
    },
  };
}

let bundled: Gazetteer | undefined;

/** The bundled gazetteer (data/geo, about 7,800 names), read once on first use. */
export function defaultGazetteer(): Gazetteer {
  bundled ??= createGazetteer(PLACE_FILES.flatMap((file) => parsePlaces(readDataText(file), `data/${file}`)));
  return bundled;
}

/** True when the whole text (one to four words, clitics already off) names a place: «مكة المكرمة», «واشنطن». */
export function isPlaceName(text: string, gazetteer: Gazetteer = defaultGazetteer()): boolean {
  return gazetteer.find(text).length > 0;
}

/** The best place the whole text names, or null: «طرابلس» → Tripoli, Libya (the most populous). */
export function placeInfo(text: string, gazetteer: Gazetteer = defaultGazetteer()): Place | null {
  return gazetteer.find(text)[0] ?? null;
}

/**
 * A nisba (search form, with the article) made from a place's name: «الفرنسي» (فرنسا), «الإسباني»
 * (إسبانيا), «الإماراتي» (الإمارات), in the masculine; with `feminine`, «التركية» (تركيا) too.
 */
export function isPlaceNisba(key: string, feminine = false): boolean {
  const stem = feminine && key.endsWith('يه') ? key.slice(0, -1) : key;
  if (!stem.startsWith('ال') || stem.length < 5 || !stem.endsWith('ي')) return false;
  const base = stem.slice(2, -1);
  return [base, `${base}ا`, `${base}يا`, `ال${base}`, `${base}يه`, `ال${base}يه`].some((c) => isPlaceName(c));
}
