/**
 * The page of hits: the best documents of the matched set by score (or by date), at most one per
 * story cluster unless every article is asked for. Selection keeps a heap of the best K, never
 * sorting the whole matched set, which is what keeps common words fast.
 */
import { forEachBit, type Bitset } from './bitset.js';
import type { DocTable } from './doc-table.js';

export type SortOrder = 'relevance' | 'date';

/** The `k` documents of `set` with the highest keys, best first (ties: the later docno first). */
export function topK(set: Bitset, key: (doc: number) => number, k: number): number[] {
  const docs = new Int32Array(k);
  const keys = new Float64Array(k);
  let n = 0;
  const less = (i: number, j: number): boolean => keys[i]! < keys[j]! || (keys[i] === keys[j] && docs[i]! < docs[j]!);
  const swap = (i: number, j: number): void => {
    const d = docs[i]!, v = keys[i]!;
    docs[i] = docs[j]!;
    keys[i] = keys[j]!;
    docs[j] = d;
    keys[j] = v;
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < n && less(l, m)) m = l;
      if (r < n && less(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  if (k > 0) {
    forEachBit(set, (doc) => {
      const v = key(doc);
      if (n < k) {
        docs[n] = doc;
        keys[n] = v;
        for (let i = n++; i > 0; ) {
          const p = (i - 1) >> 1;
          if (!less(i, p)) break;
          swap(i, p);
          i = p;
        }
      } else if (v > keys[0]! || (v === keys[0] && doc > docs[0]!)) {
        docs[0] = doc;
        keys[0] = v;
        down(0);
      }
    });
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[b]! - keys[a]! || docs[b]! - docs[a]!);
  return order.map((i) => docs[i]!);
}

let counts = new Int32Array(0);

export interface Ranked {
  docs: number[];
  /** Matched articles in each hit's story cluster, the hit included. */
  clusterSizes: number[];
  /** Matched story clusters. */
  stories: number;
}

/** Hits `offset…offset+limit` of `set`: one per cluster when `collapse`, with their clusters' matched sizes. */
export function rank(table: DocTable, set: Bitset, scores: Float64Array, o: { sort: SortOrder; offset: number; limit: number; collapse: boolean; matched: number }): Ranked {
  const key = o.sort === 'date' ? (d: number) => (table.day[d] === -1 ? -1e9 : table.day[d]! * 1000) + Math.min(scores[d]!, 999) : (d: number) => scores[d]!;
  // Matched articles per cluster (clusters are docnos), counted in a reused array.
  if (counts.length <= table.maxDoc) counts = new Int32Array(table.maxDoc + 1024);
  let stories = 0;
  forEachBit(set, (d) => {
    if (counts[table.cluster[d]!]!++ === 0) stories++;
  });
  const want = o.offset + o.limit;
  const result = (docs: number[]): Ranked => {
    const r = { docs, clusterSizes: docs.map((d) => counts[table.cluster[d]!]!), stories };
    forEachBit(set, (d) => {
      counts[table.cluster[d]!] = 0;
    });
    return r;
  };
  if (!o.collapse) {
    return result(topK(set, key, Math.min(want, o.matched)).slice(o.offset));
  }
  for (let k = Math.min(o.matched, want * 4); ; k = Math.min(o.matched, k * 4)) {
    const seen = new Set<number>();
    const picked: number[] = [];
    for (const d of topK(set, key, k)) {
      const c = table.cluster[d]!;
      if (seen.has(c)) continue;
      seen.add(c);
      picked.push(d);
      if (picked.length === want) break;
    }
    if (picked.length === want || k >= o.matched) {
      return result(picked.slice(o.offset));
    }
  }
}
