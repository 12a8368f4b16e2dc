/** A model's weights: one row of per-tag weights per feature hash, found by open addressing. */
import { LABEL_COUNT } from './labels.js';

const L = LABEL_COUNT;

/** Feature hash → row, in a power-of-two table (0 marks an empty slot; hashes are never 0). */
export class WeightTable {
  private readonly slots: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  /**
   * `keys[r]` is the feature hash of row `r` of `weights` (`weights[r * cols + y]`); a row has a
   * weight per tag (`cols` = L), or per tag of each of two stages side by side (2L, see {@link jointTable}).
   */
  constructor(readonly keys: Int32Array, readonly weights: Float32Array, readonly cols: number = L) {
    if (weights.length !== keys.length * cols) throw new RangeError(`WeightTable: ${keys.length} keys need ${keys.length * cols} weights, got ${weights.length}`);
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & this.mask;
      while (this.slots[s] !== 0 && this.slots[s] !== keys[r]) s = (s + 1) & this.mask;
      this.slots[s] = keys[r]!;
      this.rows[s] = r;
    }
  }

  /** The row of feature `h`, or -1 when the model has none. */
  row(h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = slots[s]!;
      if (k === h) return this.rows[s]!;
      if (k === 0) return -1;
    }
  }

  /** Sets `emit[i * cols + y]` to the sum of the weights of the `n * width` features in `feats` (0 = absent). */
  score(feats: Int32Array, n: number, width: number, emit: Float64Array): void {
    const slots = this.slots;
    const rows = this.rows;
    const mask = this.mask;
    const w = this.weights;
    const C = this.cols;
    emit.fill(0, 0, n * C);
    for (let i = 0; i < n; i++) {
      const e = i * C;
      const end = (i + 1) * width;
      for (let k = i * width; k < end; k++) {
        const h = feats[k]!;
        if (h === 0) continue;
        let s = h & mask;
        let r = -1;
        for (;;) {
          const key = slots[s]!;
          if (key === h) {
            r = rows[s]! * C;
            break;
          }
          if (key === 0) break;
          s = (s + 1) & mask;
        }
        if (r < 0) continue;
        for (let y = 0; y < C; y++) emit[e + y]! += w[r + y]!;
      }
    }
  }
}

/**
 * Two stages' weights in one table, `[stage 1 | stage 2]` per row (2L columns; a feature one stage
 * lacks weighs 0 there): one look-up per feature scores a sentence for both stages.
 */
export function jointTable(a: WeightTable, b: WeightTable): WeightTable {
  // Rows of `a` keep their numbers; `b`'s features that `a` lacks follow them.
  const extra: number[] = [];
  const rowOfB = new Int32Array(b.keys.length);
  for (let r = 0; r < b.keys.length; r++) {
    const at = a.row(b.keys[r]!);
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
