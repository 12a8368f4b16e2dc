/** Which record field feeds which article field: detected from data/ingest/field-names.txt, or given with --map. */
import { RasdError } from '../../errors.js';
import { readLines } from '../../text/read-data.js';

export const MAPPABLE = ['headline', 'subtitle', 'body', 'byline', 'published', 'outlet', 'url'] as const;
export type MappableField = (typeof MAPPABLE)[number];
/** Article field → the record's key for it. */
export type FieldMap = Partial<Record<MappableField, string>>;

const fold = (name: string): string => name.toLowerCase().replace(/[\s_\-]/g, '');
let names: ReadonlyMap<MappableField, readonly string[]> | undefined;

/** The synonym table, loaded once: article field → folded record names, in preference order. */
function synonyms(): ReadonlyMap<MappableField, readonly string[]> {
  if (names) return names;
  const m = new Map<MappableField, string[]>();
  for (const line of readLines('ingest/field-names.txt')) {
    const [field, list] = line.split('\t');
    if (!(MAPPABLE as readonly string[]).includes(field ?? '') || !list) throw new RasdError('E_DATA', `data/ingest/field-names.txt: bad line "${line}"`);
    m.set(field as MappableField, list.split('|').map(fold));
  }
  return (names = m);
}

/** Maps a record's keys to article fields: `{title, content, author}` → headline, body, byline. `given` wins. */
export function detectFieldMap(keys: readonly string[], given: FieldMap = {}): FieldMap {
  const byFold = new Map(keys.map((k) => [fold(k), k] as const));
  const map: FieldMap = {};
  const used = new Set(Object.values(given));
  for (const [field, list] of synonyms()) {
    if (given[field]) continue;
    const key = list.map((n) => byFold.get(n)).find((k) => k !== undefined && !used.has(k));
    if (key !== undefined) {
      map[field] = key;
      used.add(key);
    }
  }
  return { ...map, ...given };
}

/** Parses `--map headline=title,body=content`; throws E_USAGE naming a bad pair. */
export function parseFieldMap(spec: string): FieldMap {
  const map: FieldMap = {};
  for (const pair of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [field, key] = pair.split('=').map((s) => s.trim());
    if (!field || !key || !(MAPPABLE as readonly string[]).includes(field)) {
      throw new RasdError('E_USAGE', `--map: bad pair "${pair}" (expected FIELD=key with FIELD one of ${MAPPABLE.join(', ')})`);
    }
    map[field as MappableField] = key;
  }
  return map;
}
