/**
 * The Arabic stopword list: data/stopwords/ar.txt minus keep.txt, in search-normalised form.
 *
 * An entry written with harakat names one vocalised word: «خبَّر» (he told), «حدَث» (it happened).
 * Folded to bare letters it would also stop every word spelled with them: خبر (news), الخبر (the
 * city of Khobar), حدث (an event). Such an entry stops its letters only where the list also holds
 * them bare, or where the lexicon reads them as no noun or adjective (ذي, هذين stay stopwords).
 */
import { loadCompiled, type CompiledResource } from './compiled-data.js';
import { LEXICON_RESOURCE, defaultLexicon } from './lexicon.js';
import { NOMINAL } from './lexicon-tags.js';
import { dataLines } from './read-data.js';
import { normalizeText } from './normalize.js';

let cached: ReadonlySet<string> | undefined;

const HARAKAT = /[\u064B-\u0652]/u;

/** A list's entries as written, those that can match one token (no spaces, no stray marks). */
function entries(text: string): string[] {
  const out: string[] = [];
  for (const line of dataLines(text)) {
    const w = normalizeText(line, 'search').trim();
    if (w && !w.includes(' ') && !w.includes('?')) out.push(line.trim());
  }
  return out;
}

/** The stopwords of the list (`ar.txt`) less those kept (`keep.txt`), in the `search` normal form, one per line. */
function stopwordLines(list: string, keepList: string): string[] {
  const search = (w: string): string => normalizeText(w, 'search').trim();
  const keep = new Set(entries(keepList).map(search));
  const listed = entries(list);
  const bare = new Set(listed.filter((w) => !HARAKAT.test(w)).map(search));
  const lexicon = defaultLexicon();
  const stops = (w: string): boolean => !HARAKAT.test(w) || bare.has(search(w)) || ((lexicon.get(normalizeText(w, 'morph').trim()) ?? 0) & NOMINAL) === 0;
  return [...new Set(listed.filter(stops).map(search).filter((w) => !keep.has(w)))];
}

/**
 * The stopwords compiled at build time (see compiled-data.ts), as their lines in UTF-8. They are
 * made with the lexicon, whose sources count as theirs.
 */
export const STOPWORDS_RESOURCE: CompiledResource<string[]> = {
  name: 'stopwords',
  sources: ['stopwords/ar.txt', 'stopwords/keep.txt', ...LEXICON_RESOURCE.sources],
  parse: (texts) => stopwordLines(texts[0]!, texts[1]!),
  toBytes: (lines) => Buffer.from(lines.join('\n')),
  fromBytes: (bytes) => {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return text ? text.split('\n') : [];
  },
};

/** The default stopword set (loaded once). Entries are in the `search` normal form. */
export function defaultStopwords(): ReadonlySet<string> {
  cached ??= new Set(loadCompiled(STOPWORDS_RESOURCE));
  return cached;
}
