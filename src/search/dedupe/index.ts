/** Near-duplicate story detection: shingles → MinHash → LSH bands → clusters. This file only re-exports. */
export { DEDUPE_PARAMS, type DedupeParams } from './params.js';
export { wordHashes, defaultWordOptions, type WordOptions } from './word-hashes.js';
export { shingles, shingleHashes, type ShingleOptions } from './shingles.js';
export { minhash, isEmptySignature, EMPTY_SLOT, type MinHashOptions } from './minhash.js';
export { lshBands, candidateProbability, lshThreshold } from './lsh.js';
export { estimateJaccard, exactJaccard, intersectionSize } from './similarity.js';
export { storySignature, dedupeText } from './signature.js';
export { StoryClusterer } from './story-clusterer.js';
export { fnv1a } from './hash32.js';
