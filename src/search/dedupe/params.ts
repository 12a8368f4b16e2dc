/** The near-duplicate parameters, chosen by measurement (`npm run eval:dedupe`). */

/** Everything that must agree between signatures that are compared and band keys that are looked up. */
export interface DedupeParams {
  /** Bump when any value below or the hashing changes: stored signatures and band keys of another version must be recomputed. */
  version: number;
  /** Words per shingle. */
  shingleSize: number;
  /** MinHash slots; `bands × rows` of them are banded. */
  numHashes: number;
  /** LSH bands … */
  bands: number;
  /** … of this many slots each. */
  rows: number;
  /** Least estimated Jaccard similarity for two candidates to join one story. */
  threshold: number;
  /** Seed of the MinHash coefficients. */
  seed: number;
}

/**
 * PLACEHOLDER — replaced by measured values.
 */
export const DEDUPE_PARAMS: Readonly<DedupeParams> = Object.freeze({
  version: 1,
  shingleSize: 3,
  numHashes: 128,
  bands: 32,
  rows: 4,
  threshold: 0.5,
  seed: 0x52617364, // "Rasd"
});
