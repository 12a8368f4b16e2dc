/** Article text → the hashes of its normalised words, in reading order. Punctuation and line breaks are gaps, so re-wrapped paragraphs give the same words. */
import { RasdError } from '../../errors.js';
import { normalizeText, optionsKey, resolveNormalizeOptions, type NormalizeOptions, type NormalizePreset } from '../../text/normalize.js';
import { Kind, scanTokens } from '../../text/scan-tokens.js';
import { defaultStopwords } from '../../text/stopwords.js';
import { fnv1a } from './hash32.js';

/** How words are read before shingling; see {@link defaultWordOptions}. */
export interface WordOptions {
  /** Normalisation applied to the whole text before tokenising. */
  normalize: NormalizeOptions | NormalizePreset;
  /** Drop stopwords: true for the bundled list, a set of `search`-normalised words, or false. */
  stopwords: boolean | ReadonlySet<string>;
}

/**
 * The defaults, as measured by `npm run eval:dedupe`: the `search` preset (also folding hamza
 * carriers, مسئول = مسؤول, changed nothing measurable), and stopwords kept (dropping them cost
 * recall and added false links: with fewer words, short articles have too few shingles).
 */
export const defaultWordOptions: Readonly<WordOptions> = Object.freeze({
  normalize: 'search',
  stopwords: false,
});

const COMMA = 0x2c;
const EMPTY = new Uint32Array(0);

// Hashes of a stopword set under one normalisation, computed once per (set, normalisation).
const stopHashCache = new WeakMap<ReadonlySet<string>, Map<string, ReadonlySet<number>>>();

function stopHashes(words: ReadonlySet<string>, normalize: Readonly<NormalizeOptions>): ReadonlySet<number> {
  let byKey = stopHashCache.get(words);
  if (!byKey) stopHashCache.set(words, (byKey = new Map()));
  const key = optionsKey(normalize);
  let hashes = byKey.get(key);
  if (!hashes) {
    const set = new Set<number>();
    for (const w of words) {
      const n = normalizeText(w, normalize);
      set.add(fnv1a(n, 0, n.length));
    }
    byKey.set(key, (hashes = set));
  }
  return hashes;
}

/** The uint32 hash of each word of `text` after normalisation: `وَزِيرُ المالية` and `وزير المالیة` give the same two. */
export function wordHashes(text: string, options: Partial<WordOptions> = {}): Uint32Array {
  for (const key of Object.keys(options)) {
    if (!(key in defaultWordOptions)) throw new RasdError('E_OPTION', `unknown dedupe word option "${key}"`);
  }
  const o = { ...defaultWordOptions, ...options };
  const norm = resolveNormalizeOptions(o.normalize);
  const stop = o.stopwords === false ? null : stopHashes(o.stopwords === true ? defaultStopwords() : o.stopwords, norm);
  const folded = normalizeText(text, norm);
  if (folded.length === 0) return EMPTY;

  let out = new Uint32Array(Math.max(16, folded.length >>> 2));
  let len = 0;
  scanTokens(folded, (kind, start, end) => {
    // The word kinds of isWordToken: Arabic, Latin, numbers, hashtags.
    if (kind !== Kind.Arabic && kind !== Kind.Latin && kind !== Kind.Number && kind !== Kind.Hashtag) return;
    // 1,250 and 1250 are the same number.
    const h = fnv1a(folded, start, end, kind === Kind.Number ? COMMA : -1);
    if (stop !== null && stop.has(h)) return;
    if (len === out.length) {
      const bigger = new Uint32Array(len * 2);
      bigger.set(out);
      out = bigger;
    }
    out[len++] = h;
  });
  return out.subarray(0, len);
}
