// Compiles the Arabic place gazetteer (read by src/text/places.ts) from the geo sources in
// ../shared/data/geo: countries into data/geo/countries-ar.txt (ODbL, kept apart), cities into
// data/geo/cities-ar.txt (CC BY). World-cities rows get their coordinates by joining GeoNames on
// English name and country. data/geo/places-extra.txt is hand-written and not touched here.
//   node --import tsx scripts/build-places.ts [../shared/data/geo]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLexicon } from '../src/text/lexicon.js';
import { normalizeText } from '../src/text/normalize.js';
import { readLines } from '../src/text/read-data.js';
import { cleanPlaceName, isUsablePlaceName, withoutAdminPrefix } from './lib/arabic-place-name.js';
import { readCountries, readGeonames, readWorldCities, type GeonamesRow } from './lib/geo-sources.js';
import { placeFilter } from './lib/place-filter.js';
import { placeLine, type PlaceRow } from './lib/place-line.js';

const dir = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/geo', import.meta.url));
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
const countries = readCountries(read('countries.json'));
const geonames = readGeonames(read('geonames-cities100000.txt'));
const worldCities = readWorldCities(read('world-cities-translations.csv'));

// «Kandahār» = «kandahar»: Latin names compared without accents, case or punctuation.
const latinKey = (s: string): string => s.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

const ccByEnglish = new Map<string, string>();
for (const c of countries) for (const n of c.englishNames) if (!ccByEnglish.has(latinKey(n))) ccByEnglish.set(latinKey(n), c.cc);
// The world-cities file's country names that mledoze spells differently.
for (const [name, cc] of Object.entries({ Turkey: 'TR', 'Bosnia and Herzevina': 'BA', 'Fiji Islands': 'FJ', 'Man (Isle of)': 'IM', 'Palestinian Territory Occupied': 'PS', 'Hong Kong S.A.R.': 'HK' })) {
  if (!ccByEnglish.has(latinKey(name))) ccByEnglish.set(latinKey(name), cc);
}

const geonamesByName = new Map<string, GeonamesRow>();
for (const g of geonames) {
  for (const n of g.latinNames) {
    const key = `${g.cc}:${latinKey(n)}`;
    const had = geonamesByName.get(key);
    if (!had || had.population < g.population) geonamesByName.set(key, g);
  }
}

const search = (name: string): string => normalizeText(name, 'search');
const geonamesNames = new Set<string>();
for (const g of geonames) for (const a of g.arabic) {
  const name = cleanPlaceName(a);
  if (name) geonamesNames.add(`${g.cc}:${search(name)}`);
}
const keep = placeFilter(defaultLexicon(), new Set(readLines('geo/not-places.txt').map(search)), geonamesNames);

/** Adds a row and, for «ولاية قندهار», the bare قندهار too when the filter keeps it. */
function addCity(rows: PlaceRow[], raw: string, base: Omit<PlaceRow, 'name'>, kept: (name: string) => boolean): void {
  const name = cleanPlaceName(raw);
  if (!name || !isUsablePlaceName(name) || !kept(name)) return;
  rows.push({ ...base, name });
  const bare = withoutAdminPrefix(name);
  if (bare && kept(bare)) rows.push({ ...base, name: bare });
}

const cities: PlaceRow[] = [];
const unknownCountries = new Set<string>();
let joined = 0;
// World-cities first: its names are Arabic Wikipedia's titles, the spelling to keep when two fold alike.
for (const w of worldCities) {
  const cc = ccByEnglish.get(latinKey(w.countryEnglish));
  if (!cc) {
    unknownCountries.add(w.countryEnglish);
    continue;
  }
  const g = geonamesByName.get(`${cc}:${latinKey(w.english)}`);
  if (g) joined++;
  const base = { cc, lat: g?.lat ?? NaN, lng: g?.lng ?? NaN, population: Math.max(w.population, g?.population ?? 0), kind: 'city' as const, english: g?.english ?? w.english };
  addCity(cities, w.arabic, base, (name) => keep.worldCity(name, w.english, cc));
}
for (const g of geonames) {
  const base = { cc: g.cc, lat: g.lat, lng: g.lng, population: g.population, kind: 'city' as const, english: g.english };
  for (const a of g.arabic) addCity(cities, a, base, keep.geonames);
}

const countryRows: PlaceRow[] = [];
for (const c of countries) {
  for (const a of c.arabic) {
    const name = cleanPlaceName(a);
    if (name) countryRows.push({ name, cc: c.cc, lat: c.lat, lng: c.lng, population: 0, kind: 'country', english: c.english });
  }
}

// «أ» and «ة» written out beat their bare forms: أبوظبي over ابوظبي.
const care = (s: string): number => s.replace(/[^أإآةؤئ]/gu, '').length;

/** One row per folded name and country: the one with coordinates, then the most populous. */
function dedupe(rows: PlaceRow[]): PlaceRow[] {
  const best = new Map<string, PlaceRow>();
  for (const r of rows) {
    const key = `${search(r.name)}\t${r.cc}`;
    const had = best.get(key);
    if (!had) best.set(key, r);
    else {
      const name = care(r.name) > care(had.name) ? r.name : had.name;
      const better = Number.isNaN(had.lat) !== Number.isNaN(r.lat) ? (Number.isNaN(had.lat) ? r : had) : r.population > had.population ? r : had;
      best.set(key, { ...better, name });
    }
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...best.values()].sort((a, b) => cmp(a.name, b.name) || cmp(a.cc, b.cc));
}

const FORMAT = [
  '# Format: name<TAB>country<TAB>lat<TAB>lng<TAB>population<TAB>kind<TAB>English name',
  '#   name: the Arabic name as written (no harakat); country: ISO 3166-1 alpha-2; lat/lng in degrees',
  '#   (empty when unknown); population: empty when unknown; kind: city or country. One row per',
  '#   name and country; names that fold alike (normalizeText(…, "search")) are one row.',
];
const write = (file: string, header: string[], rows: PlaceRow[]): void => {
  writeFileSync(new URL(`../data/geo/${file}`, import.meta.url), [...header, ...FORMAT, ...rows.map(placeLine)].join('\n') + '\n');
  process.stderr.write(`data/geo/${file}: ${rows.length} names\n`);
};

write('countries-ar.txt', [
  '# GENERATED by scripts/build-places.ts from mledoze/countries (countries.json: the Arabic common and',
  '# official names of translations.ara, ISO codes, lat/lng), © Mohammed Le Doze, made available under the',
  '# Open Database License (ODbL) 1.0. This file is a derived database and is shared under ODbL 1.0.',
  '# Do not edit: rerun  node --import tsx scripts/build-places.ts ../shared/data/geo',
], dedupe(countryRows));
write('cities-ar.txt', [
  '# GENERATED by scripts/build-places.ts from GeoNames (geonames.org, the extract of cities of 100,000',
  '# people or more; Arabic-script alternate names without Persian, Urdu, Kurdish or Uyghur letters),',
  '# licence CC BY 4.0, and from the world-cities translations data set (world-cities-translations.csv:',
  '# Arabic and English city names with population; coordinates joined from GeoNames), licence CC BY 4.0.',
  '# This file is shared under CC BY 4.0 with that attribution to GeoNames and the world-cities data set.',
  '# Do not edit: rerun  node --import tsx scripts/build-places.ts ../shared/data/geo',
], dedupe(cities));
// ISO 3166 alpha-2 → alpha-3: actors are coded with the alpha-3 codes CAMEO uses (src/entities/actor-codes.ts).
const codes = [...countries].sort((a, b) => (a.cc < b.cc ? -1 : 1)).map((c) => `${c.cc}\t${c.cc3}`);
writeFileSync(new URL('../data/geo/country-codes.txt', import.meta.url), [
  '# GENERATED by scripts/build-places.ts from mledoze/countries (countries.json: cca2, cca3), © Mohammed Le Doze,',
  '# made available under the Open Database License (ODbL) 1.0; this file is shared under ODbL 1.0.',
  '# Format: ISO 3166-1 alpha-2<TAB>alpha-3',
  ...codes,
].join('\n') + '\n');
process.stderr.write(`data/geo/country-codes.txt: ${codes.length} countries\n`);
process.stderr.write(`world-cities rows joined to GeoNames: ${joined} of ${worldCities.length}\n`);
if (unknownCountries.size) process.stderr.write(`countries not found in countries.json (their cities skipped): ${[...unknownCountries].join(', ')}\n`);
