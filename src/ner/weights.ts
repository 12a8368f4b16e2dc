/** A model's weights: one row of per-tag weights per feature hash, found by open addressing. */
import { LABEL_COUNT } from './labels.js';

const L = LABEL_COUNT;

/** Feature hash → row, in a power-of-two table (0 marks an empty slot; hashes are never 0). */
export class WeightTable {
  /** `[key, row]` per slot, side by side so that a hit costs one cache line (key 0 marks an empty slot). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /**
   * A one-hash Bloom filter of the keys, 16 bits a key: small enough to stay in cache, so that the
   * look-ups of features the model lacks (most word pairs) rarely touch `slots`.
   */
  private readonly seen: Int32Array;
  private readonly seenShift: number;

  /**
   * `keys[r]` is the feature hash of row `r` of `weights` (`weights[r * cols + y]`); a row has a
   * weight per tag (`cols` = L), or per tag of each of two stages side by side (2L, see {@link jointTable}).
   */
  constructor(readonly keys: Int32Array, readonly weights: Float32Array, readonly cols: number = L) {
    if (weights.length !== keys.length * cols) throw new RangeError(`WeightTable: ${keys.length} keys need ${keys.length * cols} weights, got ${weights.length}`);
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    let bits = 1 << 10;
    while (bits < keys.length * 16) bits *= 2;
    this.seen = new Int32Array(bits >>> 5);
    this.seenShift = 32 - Math.log2(bits);
    for (let r = 0; r < keys.length; r++) {
      const b = Math.imul(keys[r]!, 0x9e3779b1) >>> this.seenShift;
      this.seen[b >>> 5]! |= 1 << (b & 31);
      let s = keys[r]! & this.mask;
      while (this.slots[2 * s] !== 0 && this.slots[2 * s] !== keys[r]) s = (s + 1) & this.mask;
      this.slots[2 * s] = keys[r]!;
      this.slots[2 * s + 1] = r;
    }
  }

  /** The row of feature `h`, or -1 when the model has none. */
  row(h: number): number {
    const b = Math.imul(h, 0x9e3779b1) >>> this.seenShift;
    if ((this.seen[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    const slots = this.slots;
    const mask = this.mask;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = slots[2 * s]!;
      if (k === h) return slots[2 * s + 1]!;
      if (k === 0) return -1;
    }
  }

  /** Sets `emit[i * cols + y]` to the sum of the weights of the `n * width` features in `feats` (0 = absent). */
  score(feats: Int32Array, n: number, width: number, emit: Float64Array): void {
    const w = this.weights;
    const C = this.cols;
    emit.fill(0, 0, n * C);
    for (let i = 0; i < n; i++) {
      const e = i * C;
      const end = (i + 1) * width;
      for (let k = i * width; k < end; k++) {
        const h = feats[k]!;
        if (h === 0) continue;
        const r = this.row(h);
        if (r < 0) continue;
        for (let y = 0, base = r * C; y < C; y++) emit[e + y]! += w[base + y]!;
      }
    }
  }
}

/**
 * Two stages' weights in one table, `[stage 1 | stage 2]` per row (2L columns; a feature one stage
 * lacks weighs 0 there): one look-up per feature scores a sentence for both stages.
 */
export function jointTable(a: Pick<WeightTable, 'keys' | 'weights'>, b: Pick<WeightTable, 'keys' | 'weights'>): WeightTable {
  // Rows of `a` keep their numbers; `b`'s features that `a` lacks follow them.
  // `a`'s own table finds its rows (a Map of a few hundred thousand numbers costs several times more).
  const rowsOfA = new WeightTable(a.keys, a.weights);
  const extra: number[] = [];
  const rowOfB = new Int32Array(b.keys.length);
  for (let r = 0; r < b.keys.length; r++) {
    const at = rowsOfA.row(b.keys[r]!);
    rowOfB[r] = at >= 0 ? at : a.keys.length + extra.push(b.keys[r]!) - 1;
  }
  const keys = new Int32Array(a.keys.length + extra.length);
  keys.set(a.keys);
  keys.set(extra, a.keys.length);
  const weights = new Float32Array(keys.length * 2 * L);
  for (let r = 0; r < a.keys.length; r++) weights.set(a.weights.subarray(r * L, (r + 1) * L), r * 2 * L);
  for (let r = 0; r < b.keys.length; r++) weights.set(b.weights.subarray(r * L, (r + 1) * L), rowOfB[r]! * 2 * L + L);
  return new WeightTable(keys, weights, 2 * L);
}
