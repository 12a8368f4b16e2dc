/** Article → MinHash signature, the one call the store makes at ingest time. */
import { minhash } from './minhash.js';
import { DEDUPE_PARAMS, type DedupeParams } from './params.js';
import { shingles } from './shingles.js';
import type { WordOptions } from './word-hashes.js';

/** The text deduplication reads: the headline, then the paragraphs (captions, byline and dateline field stay out). */
export function dedupeText(article: { headline: string | null; paragraphs: readonly string[] }): string {
  return article.headline ? [article.headline, ...article.paragraphs].join('\n') : article.paragraphs.join('\n');
}

/** The MinHash signature of `text` under `params` (shingles of normalised words, then min-hashing). */
export function storySignature(text: string, params: Readonly<DedupeParams> = DEDUPE_PARAMS, words: Partial<WordOptions> = {}): Uint32Array {
  return minhash(shingles(text, { ...words, size: params.shingleSize }), { numHashes: params.numHashes, seed: params.seed });
}
