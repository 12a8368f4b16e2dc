/**
 * Small 32-bit hashes for deduplication: FNV-1a over UTF-16 code units for words, murmur3's block
 * step and finaliser to combine and mix, and a seeded generator for hash-function coefficients.
 * Not cryptographic: fast and well spread is all the MinHash needs.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units `text[start..end)`, skipping `skip` (pass -1 to keep every unit): وزير → one uint32. */
export function fnv1a(text: string, start: number, end: number, skip = -1): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === skip) continue;
    // Both bytes of the code unit, so Arabic letters (0x06xx) differ in more than their low byte.
    h = Math.imul(h ^ (c & 0xff), FNV_PRIME);
    h = Math.imul(h ^ (c >>> 8), FNV_PRIME);
  }
  return h >>> 0;
}

/** murmur3's per-block step: folds the 32-bit value `k` into the running hash `h`. */
export function mixInto(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** murmur3's finaliser: a bijection on uint32 that spreads every input bit over the output. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** `count` pseudo-random uint32 values from `seed` (splitmix32), the same on every run and platform. */
export function seededWords(seed: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let s = seed | 0;
  for (let i = 0; i < count; i++) {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    out[i] = (z ^ (z >>> 16)) >>> 0;
  }
  return out;
}
