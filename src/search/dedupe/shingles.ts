/** Word shingles: every run of `size` consecutive words, hashed to uint32 (no shingle strings are built). */
import { RasdError } from '../../errors.js';
import { fmix32, mixInto } from './hash32.js';
import { DEDUPE_PARAMS } from './params.js';
import { defaultWordOptions, wordHashes, type WordOptions } from './word-hashes.js';

/** What {@link shingles} reads: the word options plus the shingle length in words. */
export interface ShingleOptions extends WordOptions {
  /** Words per shingle; default {@link DEDUPE_PARAMS}.shingleSize. */
  size: number;
}

/**
 * The distinct hashes of every `size`-word window of `words`, sorted ascending.
 * A text shorter than `size` words still has one shingle (all its words); no words, no shingles.
 */
export function shingleHashes(words: Uint32Array, size: number = DEDUPE_PARAMS.shingleSize): Uint32Array {
  if (!Number.isInteger(size) || size < 1) throw new RasdError('E_OPTION', `shingle size must be a positive integer, got ${String(size)}`);
  const n = words.length;
  if (n === 0) return new Uint32Array(0);
  const width = Math.min(size, n);
  const count = n - width + 1;
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = width;
    for (let j = 0; j < width; j++) h = mixInto(h, words[i + j]!);
    out[i] = fmix32(h ^ width);
  }
  out.sort();
  // Keep each value once: min-hashing a set, and exact Jaccard needs sets too.
  let len = 1;
  for (let i = 1; i < count; i++) if (out[i] !== out[len - 1]) out[len++] = out[i]!;
  return out.subarray(0, len);
}

/** The sorted, distinct shingle hashes of an article's text (headline and paragraphs). */
export function shingles(text: string, options: Partial<ShingleOptions> = {}): Uint32Array {
  const { size = DEDUPE_PARAMS.shingleSize, ...wordOptions } = options;
  for (const key of Object.keys(wordOptions)) {
    if (!(key in defaultWordOptions)) throw new RasdError('E_OPTION', `unknown shingle option "${key}"`);
  }
  return shingleHashes(wordHashes(text, wordOptions), size);
}
