/**
 * A linear-chain CRF over the same feature rows as the perceptron (perceptron.ts), trained by
 * AdaGrad on the log-likelihood with the forward–backward marginals, its weights averaged over the
 * updates (as the perceptron's are), under the same BIO constraints
 * (a transition ALLOWED forbids has no mass). Kept to measure against the perceptron (`train:ner
 * --method crf`); its weights have the perceptron's shape, so a model file holds either.
 */
import { ALLOWED, LABEL_COUNT } from './labels.js';
import { indexFeatures, seededRandom, shuffle, type FeatureCorpus, type PerceptronWeights } from './perceptron.js';

const L = LABEL_COUNT;

/** CRF training settings. */
export interface CrfOptions {
  epochs: number;
  seed: number;
  minCount: number;
  /** AdaGrad's step. */
  rate: number;
  /** L2 penalty per update, scaled by the step (0: none). */
  l2: number;
  onEpoch?: (epoch: number, weights: PerceptronWeights, logLikelihood: number) => void;
}

/** log(Σ exp(xs)) of `n` values, stable. */
function logSumExp(xs: Float64Array, n: number): number {
  let m = -Infinity;
  for (let i = 0; i < n; i++) if (xs[i]! > m) m = xs[i]!;
  if (m === -Infinity) return m;
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp(xs[i]! - m);
  return m + Math.log(s);
}

/** Trains a CRF; returns its weights without all-zero rows. */
export function trainCrf(corpus: FeatureCorpus, o: CrfOptions): PerceptronWeights {
  const { width, gold, starts } = corpus;
  const { rows, keys } = indexFeatures(corpus, o.minCount);
  const R = keys.length;
  const T = (L + 1) * L;
  const w = new Float64Array(R * L);
  const g2 = new Float64Array(R * L);
  const tw = new Float64Array(T);
  const tg2 = new Float64Array(T);
  const fw = new Float64Array(L);
  const fg2 = new Float64Array(L);
  // Averaged over the updates, as the perceptron is (the running-sum trick): a regulariser.
  const wu = new Float64Array(R * L);
  const tu = new Float64Array(T);
  const fu = new Float64Array(L);
  const sums = new Map<Float64Array, Float64Array>([[w, wu], [tw, tu], [fw, fu]]);
  let c = 1;
  const sentences = starts.length - 1;
  let maxLen = 0;
  for (let s = 0; s < sentences; s++) maxLen = Math.max(maxLen, starts[s + 1]! - starts[s]!);
  const emit = new Float64Array(maxLen * L);
  const alpha = new Float64Array(maxLen * L);
  const beta = new Float64Array(maxLen * L);
  const tmp = new Float64Array(L + 1);
  const gEmit = new Float64Array(maxLen * L);
  const gTrans = new Float64Array(T);
  const gFinal = new Float64Array(L);
  const order = Int32Array.from({ length: sentences }, (_, i) => i);
  const random = seededRandom(o.seed);
  const step = (arr: Float64Array, acc: Float64Array, at: number, grad: number): void => {
    // Gradient ascent on the log-likelihood, AdaGrad's per-weight step, L2 towards 0.
    const gr = grad - o.l2 * arr[at]!;
    acc[at]! += gr * gr;
    if (acc[at]! === 0) return;
    const d = (o.rate * gr) / Math.sqrt(acc[at]!);
    arr[at]! += d;
    sums.get(arr)![at]! += c * d;
  };
  const snapshot = (): PerceptronWeights => {
    const kept: number[] = [];
    for (let r = 0; r < R; r++) for (let y = 0; y < L; y++) if (w[r * L + y] !== 0) {
      kept.push(r);
      break;
    }
    const outW = new Float32Array(kept.length * L);
    kept.forEach((r, k) => {
      for (let y = 0; y < L; y++) outW[k * L + y] = w[r * L + y]! - wu[r * L + y]! / c;
    });
    // A forbidden transition keeps its score 0: decoding and the marginals never take it.
    return { keys: Int32Array.from(kept, (r) => keys[r]!), weights: outW, transitions: tw.map((x, i) => x - tu[i]! / c), final: fw.map((x, i) => x - fu[i]! / c) };
  };

  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffle(order, random);
    let ll = 0;
    for (let q = 0; q < sentences; q++) {
      const s = order[q]!;
      const from = starts[s]!;
      const n = starts[s + 1]! - from;
      if (n === 0) continue;
      // Emissions.
      emit.fill(0, 0, n * L);
      for (let i = 0; i < n; i++) {
        for (let k = 0; k < width; k++) {
          const r = rows[(from + i) * width + k]!;
          if (r < 0) continue;
          for (let y = 0; y < L; y++) emit[i * L + y]! += w[r * L + y]!;
        }
      }
      // Forward.
      for (let y = 0; y < L; y++) alpha[y] = ALLOWED[L * L + y] ? tw[L * L + y]! + emit[y]! : -Infinity;
      for (let i = 1; i < n; i++) {
        for (let y = 0; y < L; y++) {
          for (let p = 0; p < L; p++) tmp[p] = ALLOWED[p * L + y] ? alpha[(i - 1) * L + p]! + tw[p * L + y]! : -Infinity;
          alpha[i * L + y] = logSumExp(tmp, L) + emit[i * L + y]!;
        }
      }
      for (let y = 0; y < L; y++) tmp[y] = alpha[(n - 1) * L + y]! + fw[y]!;
      const logZ = logSumExp(tmp, L);
      // Backward.
      for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = fw[y]!;
      for (let i = n - 2; i >= 0; i--) {
        for (let p = 0; p < L; p++) {
          for (let y = 0; y < L; y++) tmp[y] = ALLOWED[p * L + y] ? tw[p * L + y]! + emit[(i + 1) * L + y]! + beta[(i + 1) * L + y]! : -Infinity;
          beta[i * L + p] = logSumExp(tmp, L);
        }
      }
      // The gold path's score, for the log-likelihood.
      let goldScore = 0;
      let prev = L;
      for (let i = 0; i < n; i++) {
        const y = gold[from + i]!;
        goldScore += tw[prev * L + y]! + emit[i * L + y]!;
        prev = y;
      }
      goldScore += fw[prev]!;
      ll += goldScore - logZ;
      // Gradients: observed minus expected.
      gTrans.fill(0);
      gFinal.fill(0);
      for (let i = 0; i < n; i++) {
        for (let y = 0; y < L; y++) gEmit[i * L + y] = -Math.exp(alpha[i * L + y]! + beta[i * L + y]! - logZ);
        gEmit[i * L + gold[from + i]!]! += 1;
      }
      for (let y = 0; y < L; y++) if (ALLOWED[L * L + y]) gTrans[L * L + y]! -= Math.exp(tw[L * L + y]! + emit[y]! + beta[y]! - logZ);
      for (let i = 1; i < n; i++) {
        for (let p = 0; p < L; p++) {
          const a = alpha[(i - 1) * L + p]!;
          if (a === -Infinity) continue;
          for (let y = 0; y < L; y++) if (ALLOWED[p * L + y]) gTrans[p * L + y]! -= Math.exp(a + tw[p * L + y]! + emit[i * L + y]! + beta[i * L + y]! - logZ);
        }
      }
      for (let y = 0; y < L; y++) gFinal[y]! -= Math.exp(alpha[(n - 1) * L + y]! + fw[y]! - logZ);
      prev = L;
      for (let i = 0; i < n; i++) {
        const y = gold[from + i]!;
        gTrans[prev * L + y]! += 1;
        prev = y;
      }
      gFinal[prev]! += 1;
      // Updates.
      for (let i = 0; i < n; i++) {
        for (let k = 0; k < width; k++) {
          const r = rows[(from + i) * width + k]!;
          if (r < 0) continue;
          for (let y = 0; y < L; y++) step(w, g2, r * L + y, gEmit[i * L + y]!);
        }
      }
      for (let t = 0; t < T; t++) if (gTrans[t] !== 0) step(tw, tg2, t, gTrans[t]!);
      for (let y = 0; y < L; y++) step(fw, fg2, y, gFinal[y]!);
      c++;
    }
    o.onEpoch?.(epoch, snapshot(), ll);
  }
  return snapshot();
}
