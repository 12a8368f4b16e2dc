// Readers for the three geo sources in ../shared/data/geo (see its README): each turns a file's text
// into plain rows, with no filtering of names (scripts/lib/arabic-place-name.ts does that).

/** A country of mledoze/countries. */
export interface CountryRow {
  cc: string;
  /** ISO 3166-1 alpha-3. */
  cc3: string;
  english: string;
  /** Every English spelling: common, official and alternative names. */
  englishNames: string[];
  arabic: string[];
  lat: number;
  lng: number;
}

/** A city of the GeoNames extract. */
export interface GeonamesRow {
  english: string;
  /** The name, its ASCII form and the Latin alternate names. */
  latinNames: string[];
  /** The alternate names written in Arabic script (any language's). */
  arabic: string[];
  cc: string;
  lat: number;
  lng: number;
  population: number;
}

/** A city of the world-cities translations. */
export interface WorldCityRow {
  countryEnglish: string;
  countryArabic: string;
  arabic: string;
  english: string;
  population: number;
}

/** Rows of mledoze/countries' countries.json. */
export function readCountries(json: string): CountryRow[] {
  const list = JSON.parse(json) as Array<{
    cca2: string;
    cca3: string;
    name: { common: string; official: string };
    altSpellings?: string[];
    latlng?: number[];
    translations?: { ara?: { common?: string; official?: string } };
  }>;
  return list.map((c) => ({
    cc: c.cca2,
    cc3: c.cca3,
    english: c.name.common,
    englishNames: [c.name.common, c.name.official, ...(c.altSpellings ?? [])],
    arabic: [c.translations?.ara?.common, c.translations?.ara?.official].filter((x): x is string => !!x),
    lat: c.latlng?.[0] ?? NaN,
    lng: c.latlng?.[1] ?? NaN,
  }));
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/** Rows of a GeoNames cities TSV (geonameid, name, asciiname, alternatenames, lat, lng, …, country 8, …, population 14). */
export function readGeonames(tsv: string): GeonamesRow[] {
  const out: GeonamesRow[] = [];
  for (const line of tsv.split(/\r?\n/)) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const alternates = f[3]!.split(',').filter(Boolean);
    out.push({
      english: f[1]!,
      latinNames: [f[1]!, f[2]!, ...alternates.filter((a) => /^[\p{Script=Latin}\p{M}\s'’`.-]+$/u.test(a))],
      arabic: alternates.filter((a) => ARABIC_SCRIPT.test(a)),
      cc: f[8]!,
      lat: Number(f[4]),
      lng: Number(f[5]),
      population: Number(f[14]) || 0,
    });
  }
  return out;
}

/** The fields of one CSV line: quoted fields may hold commas and doubled quotes. */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let s = '';
      for (i++; i < line.length; i++) {
        if (line[i] === '"' && line[i + 1] === '"') (s += '"'), i++;
        else if (line[i] === '"') break;
        else s += line[i];
      }
      out.push(s);
      i += 2; // the closing quote and the comma
    } else {
      const end = line.indexOf(',', i);
      out.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return out;
}

/** Rows of world-cities-translations.csv (CountryNameAr, CountryNameEn, CityNameAr, CityNameEn, Population). */
export function readWorldCities(csv: string): WorldCityRow[] {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).slice(1);
  const out: WorldCityRow[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const [countryArabic = '', countryEnglish = '', arabic = '', english = '', population = ''] = csvFields(line);
    out.push({ countryArabic, countryEnglish, arabic, english, population: Number(population) || 0 });
  }
  return out;
}
