/** Gregorian month names (data/text/months.txt): يناير, كانون الثاني, جانفي, غشت, July … → 1–12. */
import { RasdError } from '../errors.js';
import { normalizeText } from './normalize.js';
import { readDataText } from './read-data.js';

/** One month name: «تموز» is month 7 in the Levantine naming. */
export interface MonthName {
  month: number;
  naming: string;
  name: string;
}

/** Parses `month<TAB>naming<TAB>name|variant|…` lines (`#` comment lines); throws E_DATA naming the line. */
export function parseMonths(source: string, file = 'months.txt'): MonthName[] {
  const out: MonthName[] = [];
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [month = '', naming = '', names = '', extra] = line.split('\t');
    const m = Number(month);
    if (extra !== undefined || !Number.isInteger(m) || m < 1 || m > 12 || !naming || !names) {
      throw new RasdError('E_DATA', `${file}:${n + 1}: expected "month<TAB>naming<TAB>name|variant|…" with a month 1–12, got ${JSON.stringify(line)}`);
    }
    for (const name of names.split('|').map((x) => x.trim()).filter(Boolean)) out.push({ month: m, naming, name });
  }
  return out;
}

/** Month numbers by the search form of each name (`اغسطس` → 8); a name of two months is a bad table. */
export function monthIndex(names: readonly MonthName[]): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  for (const { month, name } of names) {
    const key = normalizeText(name, 'search');
    const had = index.get(key);
    if (had !== undefined && had !== month) throw new RasdError('E_DATA', `the month name "${name}" is listed for months ${had} and ${month}`);
    index.set(key, month);
  }
  return index;
}

let bundled: ReadonlyMap<string, number> | undefined;

/** The bundled month names (data/text/months.txt) as a search-form → month index, read once. */
export function defaultMonths(): ReadonlyMap<string, number> {
  bundled ??= monthIndex(parseMonths(readDataText('text/months.txt'), 'data/text/months.txt'));
  return bundled;
}
