/**
 * Dense word vectors from a {@link ContextMatrix}: positive PMI of each cell (contexts smoothed to
 * the power 0.75, as Levy, Goldberg and Dagan 2015 advise), then a truncated SVD found by the
 * randomized range finder of Halko, Martinsson and Tropp (2011) with one power iteration. Words
 * used alike («الرياض» and «جدة», «قال» and «أكد») get vectors that point alike.
 */
import type { ContextMatrix } from './context-counts.js';
import { seededRandom } from './perceptron.js';

/** The vectors' settings. */
export interface VectorOptions {
  /** Dimensions kept. */
  dims: number;
  /** Seeds the random projection. */
  seed: number;
}

/** Row-major vectors, each of length `dims` and unit length (a word with no context is all zeros). */
export interface WordVectors {
  dims: number;
  data: Float32Array;
}

/** Replaces each count by its positive PMI, in place; cells that come out ≤ 0 hold 0. */
export function positivePmi(m: ContextMatrix): void {
  const colSum = new Float64Array(m.columns);
  const rowSum = new Float64Array(m.words.length);
  for (let r = 0; r < m.words.length; r++) {
    for (let k = m.rowStart[r]!; k < m.rowStart[r + 1]!; k++) {
      colSum[m.col[k]!]! += m.val[k]!;
      rowSum[r]! += m.val[k]!;
    }
  }
  let smoothed = 0;
  for (let c = 0; c < m.columns; c++) smoothed += (colSum[c] = colSum[c]! ** 0.75);
  for (let r = 0; r < m.words.length; r++) {
    for (let k = m.rowStart[r]!; k < m.rowStart[r + 1]!; k++) {
      const pmi = Math.log((m.val[k]! * smoothed) / (rowSum[r]! * colSum[m.col[k]!]!));
      m.val[k] = pmi > 0 ? pmi : 0;
    }
  }
}

/** Orthonormalises the `m` columns of the row-major `n × m` matrix `a`, in place, by modified Gram–Schmidt. */
function orthonormalize(a: Float64Array, n: number, m: number): void {
  const cols = new Float64Array(n * m);
  for (let r = 0; r < n; r++) for (let j = 0; j < m; j++) cols[j * n + r] = a[r * m + j]!;
  for (let j = 0; j < m; j++) {
    const cj = cols.subarray(j * n, (j + 1) * n);
    for (let i = 0; i < j; i++) {
      const ci = cols.subarray(i * n, (i + 1) * n);
      let dot = 0;
      for (let t = 0; t < n; t++) dot += ci[t]! * cj[t]!;
      for (let t = 0; t < n; t++) cj[t]! -= dot * ci[t]!;
    }
    let norm = 0;
    for (let t = 0; t < n; t++) norm += cj[t]! * cj[t]!;
    norm = Math.sqrt(norm);
    if (norm > 1e-12) for (let t = 0; t < n; t++) cj[t]! /= norm;
    else cj.fill(0);
  }
  for (let r = 0; r < n; r++) for (let j = 0; j < m; j++) a[r * m + j] = cols[j * n + r]!;
}

/**
 * `A · X` for the row-major `columns × m` matrix X, or with `transposed` `Aᵀ · X` for the row-major
 * `rows × m` matrix X; the result is row-major too.
 */
function product(A: ContextMatrix, x: Float64Array, m: number, transposed: boolean): Float64Array {
  const out = new Float64Array((transposed ? A.columns : A.words.length) * m);
  for (let r = 0; r < A.words.length; r++) {
    for (let k = A.rowStart[r]!; k < A.rowStart[r + 1]!; k++) {
      const v = A.val[k]!;
      if (v === 0) continue;
      const c = A.col[k]!;
      const from = (transposed ? r : c) * m;
      const to = (transposed ? c : r) * m;
      for (let j = 0; j < m; j++) out[to + j]! += v * x[from + j]!;
    }
  }
  return out;
}

/** Eigenvalues and eigenvectors of a symmetric `m × m` matrix (row-major), by cyclic Jacobi rotations. */
export function symmetricEigen(g: Float64Array, m: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(g);
  const v = new Float64Array(m * m);
  for (let i = 0; i < m; i++) v[i * m + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) off += a[p * m + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < m; p++) {
      for (let q = p + 1; q < m; q++) {
        const apq = a[p * m + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * m + q]! - a[p * m + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < m; k++) {
          const akp = a[k * m + p]!;
          const akq = a[k * m + q]!;
          a[k * m + p] = c * akp - s * akq;
          a[k * m + q] = s * akp + c * akq;
        }
        for (let k = 0; k < m; k++) {
          const apk = a[p * m + k]!;
          const aqk = a[q * m + k]!;
          a[p * m + k] = c * apk - s * aqk;
          a[q * m + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < m; k++) {
          const vkp = v[k * m + p]!;
          const vkq = v[k * m + q]!;
          v[k * m + p] = c * vkp - s * vkq;
          v[k * m + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: m }, (_, i) => a[i * m + i]!), vectors: v };
}

/**
 * The rows of the (PMI-weighted) matrix projected on its top `dims` singular directions, each
 * direction weighted by the square root of its singular value, then scaled to unit length.
 */
export function wordVectors(A: ContextMatrix, o: VectorOptions): WordVectors {
  const n = A.words.length;
  const k = Math.max(1, Math.min(o.dims, n, A.columns));
  const m = Math.min(k + 16, n, A.columns);
  const random = seededRandom(o.seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const omega = Float64Array.from({ length: A.columns * m }, gauss);
  // The range of A, found by A·Ω and sharpened by one pass of A·Aᵀ.
  const y = product(A, omega, m, false);
  orthonormalize(y, n, m);
  const z = product(A, y, m, true);
  orthonormalize(z, A.columns, m);
  const q = product(A, z, m, false);
  orthonormalize(q, n, m);
  // B = Qᵀ·A is small (columns × m here, row-major); the eigenvectors of BᵀB (m × m) turn Q into A's left singular vectors.
  const b = product(A, q, m, true);
  const g = new Float64Array(m * m);
  for (let c = 0; c < A.columns; c++) {
    const o = c * m;
    for (let i = 0; i < m; i++) {
      const bi = b[o + i]!;
      if (bi === 0) continue;
      for (let j = i; j < m; j++) g[i * m + j]! += bi * b[o + j]!;
    }
  }
  for (let i = 0; i < m; i++) for (let j = 0; j < i; j++) g[i * m + j] = g[j * m + i]!;
  const { values, vectors } = symmetricEigen(g, m);
  const order = Array.from({ length: m }, (_, i) => i).sort((i, j) => values[j]! - values[i]!).slice(0, k);
  const data = new Float32Array(n * k);
  const u = new Float64Array(m * k);
  for (let d = 0; d < k; d++) {
    const e = order[d]!;
    const weight = Math.max(values[e]!, 0) ** 0.25; // √σ, σ = √λ
    for (let i = 0; i < m; i++) u[i * k + d] = vectors[i * m + e]! * weight;
  }
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < m; i++) {
      const qi = q[r * m + i]!;
      if (qi === 0) continue;
      for (let d = 0; d < k; d++) data[r * k + d]! += qi * u[i * k + d]!;
    }
  }
  for (let r = 0; r < n; r++) {
    let norm = 0;
    for (let d = 0; d < k; d++) norm += data[r * k + d]! ** 2;
    if (norm > 0) for (let d = 0; d < k; d++) data[r * k + d]! /= Math.sqrt(norm);
  }
  return { dims: k, data };
}
