/** The word lexicon behind clitic splitting and stemming: morph-form words with their tag bits. */
import { loadCompiled, type CompiledResource } from './compiled-data.js';
import { TAG, tagBits } from './lexicon-tags.js';
import { LexiconTable } from './lexicon-table.js';

/** Morph-form words with their tags (see `TAG` in lexicon-tags.ts); a word that is absent is unknown. */
export interface Lexicon {
  /** The tag bits of a word, or undefined when the lexicon does not list it. */
  get(word: string): number | undefined;
  has(word: string): boolean;
  readonly size: number;
  /**
   * Optional: `get(word.slice(0, end) + ending)` without building that string, given `prefix`, the
   * hash of `word[0..end)` (see lexicon-table.ts's `prefixHashes`). The stemmer probes many
   * candidate stems that are no words; a lexicon without it is probed through `get`.
   */
  getHashed?(prefix: number, word: string, end: number, ending: string): number | undefined;
}

/** The bundled lexicon, compiled from Ayaspell by scripts/build-lexicon.ts. */
export const LEXICON_URL = new URL('../../data/lexicon/ayaspell-stems.txt', import.meta.url);

/** Builds a lexicon from word → tag bits (a snapshot: later changes to `tags` are not seen). */
export function createLexicon(tags: ReadonlyMap<string, number>): Lexicon {
  return lexiconOf(LexiconTable.fromMap(tags));
}

function lexiconOf(table: LexiconTable): Lexicon {
  return {
    get: (word) => table.get(word),
    has: (word) => table.get(word) !== undefined,
    size: table.size,
    getHashed: (prefix, word, end, ending) => table.getHashed(prefix, word, end, ending),
  };
}

/**
 * Parses lexicon texts: `#` comment lines, then `word<TAB>tags` lines such as `سيارة\tNdta`; a line
 * with no tags (a names list) is a proper name. A word listed twice has the tags of both lines.
 */
export function parseLexicon(...texts: string[]): Lexicon {
  return lexiconOf(parseTable(texts));
}

function parseTable(texts: readonly string[]): LexiconTable {
  // Room for a word per line: the words go straight from the text into the table, with no string
  // or map entry per word (this runs at every start, on ~90k lines).
  let lines = 0;
  let units = 0;
  for (const text of texts) {
    units += text.length;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    lines++;
  }
  const table = new LexiconTable(lines, units);
  for (const text of texts) parseInto(text, table);
  return table;
}

function parseInto(text: string, table: LexiconTable): void {
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (text.charCodeAt(at) !== 35 /* # */ && end > at) {
      let from = at;
      let to = end;
      while (from < to && isSpace(text.charCodeAt(from))) from++;
      while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
      const tab = text.indexOf('\t', from);
      const hasTab = tab >= 0 && tab < to;
      const wordEnd = hasTab ? tab : to;
      const bits = hasTab ? tagBits(text, tab + 1, fieldEnd(text, tab + 1, to)) : TAG.proper;
      if (wordEnd > from) table.or(text, from, wordEnd, bits);
    }
    at = end + 1;
  }
}

/** Space, tab, CR or another white space below U+0100 that trim() would drop. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 11 || c === 12 || c === 160;
}

/** The end of the field that starts at `from`: the next tab before `to`, else `to`. */
function fieldEnd(text: string, from: number, to: number): number {
  const tab = text.indexOf('\t', from);
  return tab >= 0 && tab < to ? tab : to;
}

/** The bundled lexicon's files, and their table compiled (see compiled-data.ts). */
export const LEXICON_RESOURCE: CompiledResource<LexiconTable> = {
  name: 'lexicon',
  sources: ['lexicon/ayaspell-stems.txt', 'lexicon/anercorp-names.txt'],
  parse: parseTable,
  toBytes: (table) => table.toBytes(),
  fromBytes: (bytes) => LexiconTable.fromBytes(bytes),
};

let cached: Lexicon | undefined;

/** The bundled lexicon (Ayaspell plus ANERcorp names, about 93k words), read once on first use. */
export function defaultLexicon(): Lexicon {
  cached ??= lexiconOf(loadCompiled(LEXICON_RESOURCE));
  return cached;
}
