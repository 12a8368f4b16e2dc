/** 32-bit hashes for feature keys: strings once per word type, then integer mixing per token. */

/** FNV-1a over the code units of `s`, started from `seed`, then finalised (never 0). */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix(h);
}

/** Combines two hashes into one (order matters): a feature is `mix(template, value)`. */
export function mix(a: number, b: number): number {
  return fmix(Math.imul(a ^ 0x5bd1e995, 0x2c1b3c6d) + b);
}

/** MurmurHash3's finaliser; maps 0 to 1 so that 0 can mark an empty slot. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}
