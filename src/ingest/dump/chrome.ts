/** Page chrome that scrapers leave in dumps (the font-size widget «TT», «طباعة» …), from data. */
import { normalizeText } from '../../text/normalize.js';
import { readLines } from '../../text/read-data.js';

let cached: ReadonlySet<string> | undefined;

/** The chrome lines of data/ingest/chrome-lines.txt, search-normalised. */
export function defaultChromeLines(): ReadonlySet<string> {
  cached ??= new Set(readLines('ingest/chrome-lines.txt').map((l) => normalizeText(l, 'search')));
  return cached;
}

/** True when a whole line is chrome: `TT`, `A A A`, `طباعة`. */
export function isChromeLine(line: string, chrome: ReadonlySet<string> = defaultChromeLines()): boolean {
  return line.length <= 40 && chrome.has(normalizeText(line, 'search').trim());
}
