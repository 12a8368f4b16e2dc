/**
 * Word vectors → bit-string paths in a binary tree, as Brown clusters give: the vectors are split
 * in two again and again (spherical 2-means), and a word's path says which side it took at each
 * split, so that a path's prefixes are clusters from coarse to fine (`0110` holds `01101…`).
 * A tagger reads those prefixes as features: a name never seen in training shares its prefix with
 * names that were.
 */
import type { WordVectors } from './word-vectors.js';

/** When to stop splitting. */
export interface PathOptions {
  /** A cluster of fewer words than this is not split. */
  minLeaf: number;
  /** The longest path. */
  maxDepth: number;
  /** 2-means rounds per split. */
  rounds: number;
}

/** The bit path of each vector's row, `'0'`/`'1'` characters, at most `maxDepth` long. */
export function bitPaths(v: WordVectors, n: number, o: PathOptions): string[] {
  const k = v.dims;
  const x = v.data;
  const paths = new Array<string>(n).fill('');
  const side = new Uint8Array(n);
  const c0 = new Float64Array(k);
  const c1 = new Float64Array(k);
  const dot = (r: number, c: Float64Array): number => {
    let s = 0;
    for (let d = 0; d < k; d++) s += x[r * k + d]! * c[d]!;
    return s;
  };
  const centroid = (rows: Int32Array, which: number, into: Float64Array): number => {
    into.fill(0);
    let count = 0;
    for (const r of rows) {
      if (side[r] !== which) continue;
      count++;
      for (let d = 0; d < k; d++) into[d]! += x[r * k + d]!;
    }
    let norm = 0;
    for (let d = 0; d < k; d++) norm += into[d]! ** 2;
    if (norm > 0) for (let d = 0; d < k; d++) into[d]! /= Math.sqrt(norm);
    return count;
  };
  const stack: Array<{ rows: Int32Array; path: string }> = [{ rows: Int32Array.from({ length: n }, (_, i) => i), path: '' }];
  while (stack.length) {
    const { rows, path } = stack.pop()!;
    for (const r of rows) paths[r] = path;
    if (rows.length < 2 * o.minLeaf || path.length >= o.maxDepth) continue;
    // Seeds: the row least like the cluster's mean, then the row least like that one.
    for (const r of rows) side[r] = 0;
    centroid(rows, 0, c0);
    let a = rows[0]!;
    for (const r of rows) if (dot(r, c0) < dot(a, c0)) a = r;
    for (let d = 0; d < k; d++) c0[d] = x[a * k + d]!;
    let b = rows[0]!;
    for (const r of rows) if (dot(r, c0) < dot(b, c0)) b = r;
    for (let d = 0; d < k; d++) c1[d] = x[b * k + d]!;
    let left = 0;
    for (let round = 0; round < o.rounds; round++) {
      let changed = 0;
      for (const r of rows) {
        const s = dot(r, c1) > dot(r, c0) ? 1 : 0;
        if (s !== side[r]) changed++;
        side[r] = s;
      }
      left = centroid(rows, 0, c0);
      centroid(rows, 1, c1);
      if (changed === 0 && round > 0) break;
    }
    if (left === 0 || left === rows.length) continue;
    const zero = new Int32Array(left);
    const one = new Int32Array(rows.length - left);
    let i0 = 0;
    let i1 = 0;
    for (const r of rows) {
      if (side[r] === 0) zero[i0++] = r;
      else one[i1++] = r;
    }
    stack.push({ rows: one, path: path + '1' }, { rows: zero, path: path + '0' });
  }
  return paths;
}
