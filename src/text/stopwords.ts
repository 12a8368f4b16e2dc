/** The Arabic stopword list: data/stopwords/ar.txt minus keep.txt, in search-normalised form. */
import { readLines } from './read-data.js';
import { normalizeText } from './normalize.js';

let cached: ReadonlySet<string> | undefined;

/** Normalises list entries the way the analyser normalises words, so look-ups agree. */
function entries(file: string): string[] {
  const out: string[] = [];
  for (const line of readLines(file)) {
    const w = normalizeText(line, 'search').trim();
    // Entries with spaces (لا سيما) or stray marks (ا?) cannot match one token.
    if (w && !w.includes(' ') && !w.includes('?')) out.push(w);
  }
  return out;
}

/** The default stopword set (loaded once). Entries are in the `search` normal form. */
export function defaultStopwords(): ReadonlySet<string> {
  if (!cached) {
    const keep = new Set(entries('stopwords/keep.txt'));
    cached = new Set(entries('stopwords/ar.txt').filter((w) => !keep.has(w)));
  }
  return cached;
}
