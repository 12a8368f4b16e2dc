/** Sets of docnos as bit arrays: the matched set of every query node, combined word by word. */
export type Bitset = Uint32Array;

export const bitset = (maxDoc: number): Bitset => new Uint32Array((maxDoc >>> 5) + 1);

export function setBit(b: Bitset, i: number): void {
  b[i >>> 5]! |= 1 << (i & 31);
}

export function hasBit(b: Bitset, i: number): boolean {
  return (b[i >>> 5]! & (1 << (i & 31))) !== 0;
}

/** `a` ∧= `b`. */
export function and(a: Bitset, b: Bitset): void {
  for (let i = 0; i < a.length; i++) a[i]! &= b[i]!;
}

/** `a` ∨= `b`. */
export function or(a: Bitset, b: Bitset): void {
  for (let i = 0; i < a.length; i++) a[i]! |= b[i]!;
}

/** `a` ∧= ¬`b`. */
export function andNot(a: Bitset, b: Bitset): void {
  for (let i = 0; i < a.length; i++) a[i]! &= ~b[i]!;
}

export function popcount(b: Bitset): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    let v = b[i]!;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/** Calls `fn` with every docno in `b`, ascending. */
export function forEachBit(b: Bitset, fn: (doc: number) => void): void {
  for (let w = 0; w < b.length; w++) {
    let v = b[w]!;
    while (v !== 0) {
      const t = v & -v;
      fn((w << 5) + 31 - Math.clz32(t));
      v ^= t;
    }
  }
}
