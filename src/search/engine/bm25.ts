/** BM25F: per-field frequencies, each normalised by its field's length and weighted, then saturated once. */
import { FIELD_WEIGHTS } from '../index/fields.js';
import type { DocTable } from './doc-table.js';

export const K1 = 1.2;
export const B = 0.75;

/** Inverse document frequency of a term in `df` of `n` documents (never negative). */
export function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The BM25F score of one document for one term, given its four field frequencies and a field mask. */
export function bm25f(table: DocTable, doc: number, tfs: Uint16Array, at: number, mask: number, termIdf: number, avg: readonly number[]): number {
  let tf = 0;
  for (let f = 0; f < 4; f++) {
    const n = tfs[at + f]!;
    if (n === 0 || !(mask & (1 << f))) continue;
    tf += (FIELD_WEIGHTS[f]! * n) / (1 - B + (B * table.lengths[4 * doc + f]!) / avg[f]!);
  }
  return (termIdf * tf) / (K1 + tf);
}
