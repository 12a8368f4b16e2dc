// Which source names scripts/build-places.ts keeps. A gazetteer that calls «يوم» (day) or «انقسام»
// (Split, mistranslated) a place would poison dateline and entity recognition, so:
//   - names listed in data/geo/not-places.txt never enter;
//   - a GeoNames name is kept unless it is a one-word function word or has two letters or fewer;
//   - a world-cities name is kept when GeoNames gives the same name in that country, or else when it sounds like
//     its English name and, outside the Arab countries, is no common word of the lexicon.
import type { Lexicon } from '../../src/text/lexicon.js';
import { TAG } from '../../src/text/lexicon-tags.js';
import { normalizeText } from '../../src/text/normalize.js';
import { soundsAlike } from './sounds-alike.js';

/** The Arab League's members and Western Sahara: their towns' Arabic names are their own names. */
export const ARAB_COUNTRIES = new Set('AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE'.split(' '));

// Words before a name that say what kind of place it is, ignored when comparing with the English name.
const KIND_WORD = /^(?:ولاية|محافظة|مقاطعة|إقليم|إمارة|بلدية|معتمدية|منطقة|إدارة|مديرية|ناحية|ضاحية|مركز|مدينة) /u;

export interface PlaceFilter {
  /** Whether a GeoNames alternate name is kept. */
  geonames(name: string): boolean;
  /** Whether a world-cities name is kept, given its English name and country. */
  worldCity(name: string, english: string, cc: string): boolean;
}

/** A filter over the lexicon, the not-places list and GeoNames' names as `CC:search-folded name`. */
export function placeFilter(lexicon: Lexicon, notPlaces: ReadonlySet<string>, geonamesNames: ReadonlySet<string>): PlaceFilter {
  /** The tags of a one-word name, looked up with and without its article: العين → عين. */
  const tagsOf = (name: string): number | undefined => {
    if (name.includes(' ')) return undefined;
    const m = normalizeText(name, 'morph');
    return lexicon.get(m) ?? (m.startsWith('ال') ? lexicon.get(m.slice(2)) : undefined);
  };
  const listed = (name: string): boolean => notPlaces.has(normalizeText(name, 'search'));
  return {
    geonames(name) {
      if (listed(name) || (!name.includes(' ') && name.length <= 2)) return false;
      return !((tagsOf(name) ?? 0) & TAG.function);
    },
    worldCity(name, english, cc) {
      if (listed(name)) return false;
      if (geonamesNames.has(`${cc}:${normalizeText(name, 'search')}`)) return ARAB_COUNTRIES.has(cc) || this.geonames(name);
      if (!soundsAlike(name.replace(KIND_WORD, ''), english)) return false;
      const tags = tagsOf(name);
      return ARAB_COUNTRIES.has(cc) ? !((tags ?? 0) & TAG.function) : tags === undefined || !!(tags & TAG.proper);
    },
  };
}
