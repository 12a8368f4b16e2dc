/** Viterbi decoding of a first-order tag sequence under BIO constraints (no `O I-LOC`, no `B-PERS I-LOC`). */
import { ALLOWED, LABEL_COUNT } from './labels.js';

const L = LABEL_COUNT;

/** Reusable buffers for {@link viterbi}. */
export class ViterbiScratch {
  score = new Float64Array(64 * L);
  back = new Uint8Array(64 * L);
  ensure(n: number): void {
    if (this.score.length < n * L) {
      this.score = new Float64Array(n * 2 * L);
      this.back = new Uint8Array(n * 2 * L);
    }
  }
}

/**
 * The best valid tag sequence: `emit[i * L + y]` scores tag `y` at token `i`, `trans[p * L + y]`
 * scores `p` → `y` (row `L` is the sentence start) and `final[y]` a sentence ending on `y`.
 * Writes tag indices into `out[0..n)`.
 */
export function viterbi(emit: Float64Array, n: number, trans: Float64Array, final: Float64Array, out: Uint8Array, scratch: ViterbiScratch): void {
  if (n === 0) return;
  scratch.ensure(n);
  const score = scratch.score;
  const back = scratch.back;
  for (let y = 0; y < L; y++) score[y] = ALLOWED[L * L + y] ? trans[L * L + y]! + emit[y]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + y]) continue;
        const s = score[prev + p]! + trans[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[cur + y] = best + emit[cur + y]!;
      back[cur + y] = arg;
    }
  }
  const last = (n - 1) * L;
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    const s = score[last + y]! + final[y]!;
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
}
