/** A model's weights: one row of per-tag weights per feature hash, found by open addressing. */
import { LABEL_COUNT } from './labels.js';

const L = LABEL_COUNT;

/** Feature hash → row, in a power-of-two table (0 marks an empty slot; hashes are never 0). */
export class WeightTable {
  private readonly slots: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  /** `keys[r]` is the feature hash of row `r` of `weights` (`weights[r * L + y]`). */
  constructor(readonly keys: Int32Array, readonly weights: Float32Array) {
    if (weights.length !== keys.length * L) throw new RangeError(`WeightTable: ${keys.length} keys need ${keys.length * L} weights, got ${weights.length}`);
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

  /** Adds into `emit[i * L + y]` the weights of the `n * width` features in `feats` (0 = absent). */
  score(feats: Int32Array, n: number, width: number, emit: Float64Array): void {
    const slots = this.slots;
    const rows = this.rows;
    const mask = this.mask;
    const w = this.weights;
    emit.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const e = i * L;
      const end = (i + 1) * width;
      for (let k = i * width; k < end; k++) {
        const h = feats[k]!;
        if (h === 0) continue;
        let s = h & mask;
        let r = -1;
        for (;;) {
          const key = slots[s]!;
          if (key === h) {
            r = rows[s]! * L;
            break;
          }
          if (key === 0) break;
          s = (s + 1) & mask;
        }
        if (r < 0) continue;
        for (let y = 0; y < L; y++) emit[e + y]! += w[r + y]!;
      }
    }
  }
}
