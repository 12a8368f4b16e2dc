/** The agencies table of photo credits (data/ingest/agencies.txt): parsing, loading, and the normalised look-up index. */
import { RasdError } from '../errors.js';
import { normalizeText } from '../text/normalize.js';
import { readDataText } from '../text/read-data.js';

/** One row of data/ingest/agencies.txt: a code, the canonical Arabic label, the English label and the ways it is written. */
export interface Agency {
  code: string;
  label: string;
  english: string;
  /** Written forms besides the two labels, e.g. `أ ف ب`, `فرانس برس`, `AFP`. */
  variants?: readonly string[];
}

/** The code of the outlet's own photographers: `(تصوير: سامر الخطيب)`, `(خاص)`, `(«الشرق الأوسط»)`. */
export const STAFF = 'STAFF';

/** Parses the agencies format: `CODE<TAB>Arabic<TAB>English<TAB>variant|variant|…` per line, `#` comment lines. */
export function parseAgencies(source: string, name = 'agencies.txt'): Agency[] {
  const out: Agency[] = [];
  const codes = new Set<string>();
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [code = '', label = '', english = '', variants = '', extra] = line.split('\t').map((f) => f.trim());
    const bad = extra !== undefined || !/^[A-Z][A-Z0-9_]*$/.test(code) || !label || !english ? 'expected "CODE<TAB>Arabic<TAB>English<TAB>variants"'
      : codes.has(code) && code !== STAFF ? `the code ${code} is used twice` : '';
    if (bad) throw new RasdError('E_DATA', `${name}:${n + 1}: ${bad}, got ${JSON.stringify(line)}`);
    codes.add(code);
    out.push({ code, label, english, variants: variants.split('|').map((v) => v.trim()).filter(Boolean) });
  }
  return out;
}

let bundled: readonly Agency[] | undefined;

/** The agencies table (data/ingest/agencies.txt), loaded once. */
export function defaultAgencies(): readonly Agency[] {
  if (bundled) return bundled;
  const list = Object.freeze(parseAgencies(readDataText('ingest/agencies.txt'), 'data/ingest/agencies.txt'));
  try {
    indexOf(list);
  } catch (err) {
    throw new RasdError('E_DATA', `data/ingest/agencies.txt: ${(err as Error).message}`, { cause: err });
  }
  return (bundled = list);
}

// ─── matching keys ───────────────────────────────────────────────────────────

// Dropped from keys, so `أ.ف.ب`, `ا ف ب` and `A-F-P` meet.
const SEPARATORS = /[\s.\-\u2010-\u2015\u00B7]/gu;

interface Entry {
  agency: Agency;
  /** Some form is written as one word (`رويترز`, `AFP`), not only as letters apart (`أ ب`). */
  joined: boolean;
}
export type Index = ReadonlyMap<string, Entry>;
const indexes = new WeakMap<readonly Agency[], Index>();

/** The key → agency map of a table, built once per table; two agencies sharing a key is a bad table. */
export function indexOf(agencies: readonly Agency[]): Index {
  let index = indexes.get(agencies);
  if (index) return index;
  const map = new Map<string, Entry>();
  for (const agency of agencies) {
    for (const form of [agency.label, agency.english, ...(agency.variants ?? [])]) {
      const norm = normalizeText(form, 'search').trim();
      const key = norm.replace(SEPARATORS, '');
      if (!key) continue;
      const had = map.get(key);
      if (had && had.agency.code !== agency.code) {
        throw new RasdError('E_OPTION', `agencies ${had.agency.code} and ${agency.code} both match "${form}"`);
      }
      if (!had) map.set(key, { agency, joined: key === norm });
      else if (key === norm) had.joined = true;
    }
  }
  indexes.set(agencies, (index = map));
  return index;
}

/** The agency a whole piece of normalised text names, if any. */
export function lookup(norm: string, index: Index): Agency | undefined {
  const key = norm.replace(SEPARATORS, '');
  const entry = key ? index.get(key) : undefined;
  // آب (August) is not أ ب (AP): letters written as one word match only a form written as one word.
  return entry && (entry.joined || key !== norm) ? entry.agency : undefined;
}
