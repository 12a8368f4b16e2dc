/**
 * MinHash signatures: slot i holds the least value of h_i over the shingle set, so two sets agree in a
 * slot with probability equal to their Jaccard similarity. h_i(x) = fmix32((a_i·x + b_i) mod 2^32)
 * with odd a_i: a permutation of uint32 (odd multiply, add, murmur3 finaliser are all bijections),
 * and the finaliser spreads the high bits that a bare a·x+b mod 2^32 leaves poorly mixed.
 */
import { RasdError } from '../../errors.js';
import { seededWords } from './hash32.js';
import { DEDUPE_PARAMS } from './params.js';

/** The value of every slot of a signature with no content (the minimum of an empty set). */
export const EMPTY_SLOT = 0xffffffff;

/** How a signature is made; both must match between signatures that are compared. */
export interface MinHashOptions {
  /** Slots in the signature (hash functions). Default {@link DEDUPE_PARAMS}.numHashes. */
  numHashes: number;
  /** Seed of the hash coefficients. Default {@link DEDUPE_PARAMS}.seed. */
  seed: number;
}

/**
 * The MinHash signature of a set of uint32 shingle hashes (duplicates are harmless).
 * An empty set gives a signature of {@link EMPTY_SLOT}s, which {@link isEmptySignature} recognises
 * and which never becomes a candidate nor matches anything, not even another empty one.
 */
export function minhash(shingleHashes: ArrayLike<number>, options: Partial<MinHashOptions> = {}): Uint32Array {
  const numHashes = options.numHashes ?? DEDUPE_PARAMS.numHashes;
  const seed = options.seed ?? DEDUPE_PARAMS.seed;
  if (!Number.isInteger(numHashes) || numHashes < 1) throw new RasdError('E_OPTION', `numHashes must be a positive integer, got ${String(numHashes)}`);
  if (!Number.isInteger(seed)) throw new RasdError('E_OPTION', `minhash seed must be an integer, got ${String(seed)}`);
  // a_i = words[2i] | 1 (odd), b_i = words[2i + 1].
  const words = seededWords(seed, 2 * numHashes);
  const sig = new Uint32Array(numHashes);
  const n = shingleHashes.length;
  // Slot by slot: a_i, b_i and the running minimum stay in registers, the shingles stay in L1 (≈ 1.4× faster than shingle by shingle).
  for (let i = 0; i < numHashes; i++) {
    const a = words[2 * i]! | 1;
    const b = words[2 * i + 1]!;
    // EMPTY_SLOT written out: tsx turns a use of an exported binding into a slower access (≈ 25 % here).
    let min = 0xffffffff;
    for (let j = 0; j < n; j++) {
      // fmix32 inlined: this is the hot path (shingles × slots).
      let h = (Math.imul(a, shingleHashes[j]!) + b) | 0;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      const v = h >>> 0;
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

/** True for the signature of a text with no words. */
export function isEmptySignature(signature: Uint32Array): boolean {
  for (let i = 0; i < signature.length; i++) if (signature[i] !== EMPTY_SLOT) return false;
  return true;
}
