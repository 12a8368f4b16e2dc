/** The gazetteer files of data/geo: the Place record and the parser of their tab-separated rows. */
import { RasdError } from '../errors.js';

/** What a gazetteer row names. */
/** A region is a state's first division (a Saudi منطقة), a governorate its second (محافظة). */
export type PlaceKind = 'city' | 'country' | 'region' | 'governorate' | 'district' | 'crossing' | 'continent';
const KINDS: ReadonlySet<string> = new Set<PlaceKind>(['city', 'country', 'region', 'governorate', 'district', 'crossing', 'continent']);

/** One row of a gazetteer file: «جدة SA 21.5 39.2 … city Jeddah». */
export interface Place {
  /** The Arabic name as the file writes it. */
  name: string;
  /** ISO 3166-1 alpha-2 code, or '' for a region across countries or a continent. */
  country: string;
  lat: number | null;
  lng: number | null;
  population: number | null;
  kind: PlaceKind;
  /** The English name, shared by a place's Arabic spellings. */
  english: string;
}

const num = (s: string): number | null => (s === '' ? null : Number(s));

/** Parses `name<TAB>cc<TAB>lat<TAB>lng<TAB>population<TAB>kind<TAB>english` lines (`#` comment lines); throws E_DATA naming the line. */
export function parsePlaces(source: string, file = 'places'): Place[] {
  const out: Place[] = [];
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const f = line.split('\t');
    const [name = '', country = '', lat = '', lng = '', population = '', kind = '', english = ''] = f;
    const place = { name: name.trim(), country, lat: num(lat), lng: num(lng), population: num(population), kind: kind as PlaceKind, english };
    const bad = f.length !== 7 ? 'expected 7 tab-separated fields'
      : !place.name ? 'the name is empty'
      : !/^(?:[A-Z]{2})?$/.test(country) ? `bad country code "${country}"`
      : !KINDS.has(kind) ? `unknown kind "${kind}"`
      : [place.lat, place.lng, place.population].some((x) => x !== null && !Number.isFinite(x)) ? 'lat, lng and population must be numbers or empty'
      : '';
    if (bad) throw new RasdError('E_DATA', `${file}:${n + 1}: ${bad}, got ${JSON.stringify(line)}`);
    out.push(place);
  }
  return out;
}
