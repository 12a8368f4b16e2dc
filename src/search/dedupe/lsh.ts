/**
 * Locality-sensitive hashing of MinHash signatures: the signature is cut into `bands` bands of
 * `rows` slots, and each band hashes to one key. Two articles become candidates when any band key
 * is equal, which happens with probability 1-(1-s^rows)^bands at Jaccard similarity s.
 */
import { RasdError } from '../../errors.js';
import { fmix32, mixInto } from './hash32.js';
import { isEmptySignature } from './minhash.js';

const TWO_32 = 2 ** 32;

function checkShape(length: number, bands: number, rows: number): void {
  if (!Number.isInteger(bands) || bands < 1) throw new RasdError('E_OPTION', `bands must be a positive integer, got ${String(bands)}`);
  if (!Number.isInteger(rows) || rows < 1) throw new RasdError('E_OPTION', `rows must be a positive integer, got ${String(rows)}`);
  if (bands * rows > length) throw new RasdError('E_OPTION', `bands × rows = ${bands} × ${rows} needs ${bands * rows} slots, the signature has ${length}`);
}

/**
 * One key per band, each a non-negative safe integer (53 bits: an SQLite INTEGER, a Map key):
 * store `(key)` rows and look candidates up by equal keys. The band's index is hashed in, so equal
 * slot values in different bands give different keys. An empty signature has no keys at all.
 */
export function lshBands(signature: Uint32Array, bands: number, rows: number): number[] {
  checkShape(signature.length, bands, rows);
  if (isEmptySignature(signature)) return [];
  const keys: number[] = new Array<number>(bands);
  for (let band = 0; band < bands; band++) {
    // Two independent 32-bit hashes of the band, kept as 21 + 32 bits.
    let hi = 0x2f0b3a1d ^ band;
    let lo = Math.imul(band + 1, 0x9e3779b1);
    for (let r = band * rows, end = r + rows; r < end; r++) {
      hi = mixInto(hi, signature[r]!);
      lo = mixInto(lo, signature[r]!);
    }
    keys[band] = (fmix32(hi ^ rows) & 0x1fffff) * TWO_32 + fmix32(lo ^ rows);
  }
  return keys;
}

/** The S-curve: the probability that two articles at Jaccard similarity `s` share at least one band key. */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}

/** The similarity where the S-curve is steepest, about (1/bands)^(1/rows): the LSH's implicit threshold. */
export function lshThreshold(bands: number, rows: number): number {
  return (1 / bands) ** (1 / rows);
}
