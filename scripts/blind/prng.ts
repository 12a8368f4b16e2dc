// A small seeded PRNG (mulberry32) and the draws the blind generator needs, so a run is reproducible from --seed.

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32: 32-bit state, good enough for test-data layout. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [lo, hi], both inclusive. */
export function int(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** True with probability p. */
export function chance(r: Rng, p: number): boolean {
  return r() < p;
}

/** One element of a non-empty list. */
export function pick<T>(r: Rng, xs: readonly T[]): T {
  if (xs.length === 0) throw new Error('pick: empty list');
  return xs[Math.floor(r() * xs.length)] as T;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(r: Rng, xs: readonly T[]): T[] {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** n distinct elements (fewer if the list is shorter), in random order. */
export function sample<T>(r: Rng, xs: readonly T[], n: number): T[] {
  return shuffle(r, xs).slice(0, n);
}
