/** The abbreviation list of the sentence splitter: its data format, the bundled file (read once), and lookup keys. */
import { RasdError } from '../errors.js';
import { readDataText } from './read-data.js';
import * as chars from './sentence-chars.js';

// A local copy: tsx compiles each use of an imported binding to a getter call.
const { isDecoration } = chars;

/** Abbreviations as written (`د.`, `أ.ف.ب`, `Dr.`), and the calendar markers among them (`م.`, `هـ.`). */
export interface AbbreviationList {
  abbreviations: ReadonlySet<string>;
  yearMarkers: ReadonlySet<string>;
}

/** The same two sets as lookup keys (see {@link abbreviationKey}). */
export interface AbbreviationKeys {
  abbreviations: ReadonlySet<string>;
  yearMarkers: ReadonlySet<string>;
}

/** Parses the data format: one abbreviation per line, an optional `year` field, `#` comments. */
export function parseAbbreviationList(source: string, name = 'abbreviations.txt'): AbbreviationList {
  const abbreviations = new Set<string>();
  const yearMarkers = new Set<string>();
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    // `د. # دكتور` — the comment starts at " #"; a line starting with # is all comment
    const hash = line.startsWith('#') ? 0 : line.indexOf(' #');
    const body = (hash >= 0 ? line.slice(0, hash) : line).trim();
    if (body === '') continue;
    const [written, tag, extra] = body.split(/\s+/);
    if (written === undefined || extra !== undefined || (tag !== undefined && tag !== 'year')) {
      throw new RasdError('E_DATA', `${name}:${n + 1}: expected "abbreviation [year]", got ${JSON.stringify(body)}`);
    }
    abbreviations.add(written);
    if (tag === 'year') yearMarkers.add(written);
  }
  return { abbreviations, yearMarkers };
}

let bundled: AbbreviationList | undefined;

/** The bundled list from data/text/abbreviations.txt, read on first use and then kept. */
export function defaultAbbreviationList(): AbbreviationList {
  if (bundled) return bundled;
  bundled = parseAbbreviationList(readDataText('text/abbreviations.txt'), 'data/text/abbreviations.txt');
  return bundled;
}

/** The lookup key of an abbreviation or a token: harakat, tatweel and format marks dropped, one final dot dropped. `دُ.` → `د`, `هـ.` → `ه` */
export function abbreviationKey(written: string): string {
  let key = '';
  let from = 0;
  for (let i = 0; i < written.length; i++) {
    if (!isDecoration(written.charCodeAt(i))) continue;
    key += written.slice(from, i);
    from = i + 1;
  }
  key += written.slice(from);
  return key.endsWith('.') ? key.slice(0, -1) : key;
}

// A set handed in by the caller is compiled once; it is read-only, so the keys stay valid.
const compiled = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The keys of a set of written abbreviations, compiled once per set. */
export function keysOf(written: ReadonlySet<string>): ReadonlySet<string> {
  let keys = compiled.get(written);
  if (!keys) {
    const out = new Set<string>();
    for (const w of written as ReadonlySet<unknown>) {
      if (typeof w !== 'string') throw new RasdError('E_OPTION', `an abbreviation must be a string, got ${String(w)}`);
      const key = abbreviationKey(w);
      if (key !== '') out.add(key);
    }
    keys = out;
    compiled.set(written, keys);
  }
  return keys;
}
