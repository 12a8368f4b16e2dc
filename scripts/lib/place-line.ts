// One row of the gazetteer files in data/geo, and how scripts/build-places.ts writes it.

/** A place as the build script collects it (NaN coordinates and 0 population are unknown). */
export interface PlaceRow {
  name: string;
  cc: string;
  lat: number;
  lng: number;
  population: number;
  kind: 'city' | 'country';
  english: string;
}

// 4 decimals is about 11 m: more than a map or a distance feature needs.
const coord = (x: number): string => (Number.isNaN(x) ? '' : String(Number(x.toFixed(4))));

/** The tab-separated line of a row: `name  cc  lat  lng  population  kind  english`. */
export function placeLine(r: PlaceRow): string {
  return [r.name, r.cc, coord(r.lat), coord(r.lng), r.population ? String(r.population) : '', r.kind, r.english].join('\t');
}
