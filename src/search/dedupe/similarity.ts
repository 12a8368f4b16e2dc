/** Jaccard similarity of shingle sets: estimated from MinHash signatures, or exact from the sets. */
import { RasdError } from '../../errors.js';
import { isEmptySignature } from './minhash.js';

/**
 * The share of slots where two signatures agree: an unbiased estimate of the Jaccard similarity of
 * their shingle sets (standard error √(J(1-J)/slots)). An empty signature matches nothing: 0.
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RasdError('E_OPTION', `signatures differ in length: ${a.length} and ${b.length} slots`);
  if (a.length === 0 || isEmptySignature(a) || isEmptySignature(b)) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** |A ∩ B| / |A ∪ B| of two sorted, distinct hash arrays (as {@link shingles} returns); 0 when both are empty. */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  const common = intersectionSize(a, b);
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}

/** |A ∩ B| of two sorted, distinct hash arrays, by one merge pass. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}
