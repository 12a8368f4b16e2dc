/**
 * The Arabic stopword list: data/stopwords/ar.txt minus keep.txt, in search-normalised form.
 *
 * An entry written with harakat names one vocalised word: «خبَّر» (he told), «حدَث» (it happened).
 * Folded to bare letters it would also stop every word spelled with them: خبر (news), الخبر (the
 * city of Khobar), حدث (an event). Such an entry stops its letters only where the list also holds
 * them bare, or where the lexicon reads them as no noun or adjective (ذي, هذين stay stopwords).
 */
import { defaultLexicon } from './lexicon.js';
import { NOMINAL } from './lexicon-tags.js';
import { readLines } from './read-data.js';
import { normalizeText } from './normalize.js';

let cached: ReadonlySet<string> | undefined;

const HARAKAT = /[\u064B-\u0652]/u;

/** A list's entries as written, those that can match one token (no spaces, no stray marks). */
function entries(file: string): string[] {
  const out: string[] = [];
  for (const line of readLines(file)) {
    const w = normalizeText(line, 'search').trim();
    if (w && !w.includes(' ') && !w.includes('?')) out.push(line.trim());
  }
  return out;
}

/** The default stopword set (loaded once). Entries are in the `search` normal form. */
export function defaultStopwords(): ReadonlySet<string> {
  if (!cached) {
    const search = (w: string): string => normalizeText(w, 'search').trim();
    const keep = new Set(entries('stopwords/keep.txt').map(search));
    const listed = entries('stopwords/ar.txt');
    const bare = new Set(listed.filter((w) => !HARAKAT.test(w)).map(search));
    const lexicon = defaultLexicon();
    const stops = (w: string): boolean => !HARAKAT.test(w) || bare.has(search(w)) || ((lexicon.get(normalizeText(w, 'morph').trim()) ?? 0) & NOMINAL) === 0;
    cached = new Set(listed.filter(stops).map(search).filter((w) => !keep.has(w)));
  }
  return cached;
}
