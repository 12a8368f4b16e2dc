/**
 * Counts which words stand next to which in a corpus: the first step of learning word clusters
 * (src/ner/word-clusters.ts). Sentences arrive as lists of word keys (`وبالرياض` → `رياض`); the
 * counts are a sparse matrix, one row per frequent word and one column per (offset, context word)
 * for the offsets −2, −1, +1, +2 and the most frequent words as contexts.
 */

/** The sparse rows of the count matrix (CSR), with the words they stand for. */
export interface ContextMatrix {
  /** The word of each row, most frequent first. */
  words: string[];
  /** Occurrences of each row's word in the corpus. */
  counts: Int32Array;
  /** Columns: offsets × context words. */
  columns: number;
  /** Row `r` holds entries `[rowStart[r], rowStart[r + 1])` of `col` and `val`. */
  rowStart: Int32Array;
  col: Int32Array;
  val: Float32Array;
}

/** How many words become rows and columns. */
export interface ContextOptions {
  /** A word seen fewer times gets no row (and no cluster). */
  minCount: number;
  /** At most this many rows, the most frequent words. */
  maxWords: number;
  /** The most frequent words that serve as contexts. */
  contexts: number;
}

const OFFSETS = [-2, -1, 1, 2] as const;
const BREAK = -1;

/** Collects a corpus sentence by sentence, then builds its {@link ContextMatrix}. */
export class ContextCounter {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private freq = new Int32Array(1 << 16);
  private stream = new Int32Array(1 << 20);
  private length = 0;

  /** Tokens added so far. */
  get tokens(): number {
    return this.length - this.sentences;
  }
  sentences = 0;

  /** Adds one sentence of word keys (an empty key, a word of marks only, is left out). */
  add(words: readonly string[]): void {
    if (words.length === 0) return;
    if (this.length + words.length + 1 > this.stream.length) this.stream = grow(this.stream, this.length + words.length + 1);
    for (const w of words) {
      if (w === '') continue;
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(w, id);
        this.names.push(w);
        if (id >= this.freq.length) this.freq = grow(this.freq, id + 1);
      }
      this.freq[id]!++;
      this.stream[this.length++] = id;
    }
    this.stream[this.length++] = BREAK;
    this.sentences++;
  }

  /** The count matrix of what was added (`maxWords × (4 × contexts)` at most). */
  matrix(o: ContextOptions): ContextMatrix {
    const types = this.names.length;
    const byFreq = Int32Array.from({ length: types }, (_, i) => i).sort((a, b) => this.freq[b]! - this.freq[a]! || (this.names[a]! < this.names[b]! ? -1 : 1));
    const rowOf = new Int32Array(types).fill(-1);
    const ctxOf = new Int32Array(types).fill(-1);
    const words: string[] = [];
    for (let k = 0; k < types && words.length < o.maxWords && this.freq[byFreq[k]!]! >= o.minCount; k++) {
      rowOf[byFreq[k]!] = words.length;
      words.push(this.names[byFreq[k]!]!);
    }
    const C = Math.min(o.contexts, types);
    for (let k = 0; k < C; k++) ctxOf[byFreq[k]!] = k;
    const columns = OFFSETS.length * C;
    if (words.length * columns >= 2 ** 32) throw new RangeError(`ContextCounter: ${words.length} words × ${columns} columns do not fit 32-bit cells`);
    // Every (row, column) pair met, as one 32-bit code; sorted, equal codes are one cell's count.
    let codes = new Uint32Array(Math.max(16, this.tokens * 2));
    let n = 0;
    const s = this.stream;
    for (let i = 0; i < this.length; i++) {
      const r = s[i]! < 0 ? -1 : rowOf[s[i]!]!;
      if (r < 0) continue;
      for (let p = 0; p < OFFSETS.length; p++) {
        const off = OFFSETS[p]!;
        // A context does not reach across a sentence break.
        let j = i;
        let ok = true;
        for (let step = 0; step < Math.abs(off); step++) {
          j += Math.sign(off);
          if (j < 0 || j >= this.length || s[j]! < 0) ok = false;
          if (!ok) break;
        }
        if (!ok) continue;
        const c = ctxOf[s[j]!]!;
        if (c < 0) continue;
        if (n === codes.length) codes = grow(codes, n + 1);
        codes[n++] = r * columns + p * C + c;
      }
    }
    const sorted = codes.subarray(0, n).sort();
    const rowStart = new Int32Array(words.length + 1);
    const col: number[] = [];
    const val: number[] = [];
    for (let k = 0; k < n; ) {
      const code = sorted[k]!;
      let m = k + 1;
      while (m < n && sorted[m] === code) m++;
      const r = Math.floor(code / columns);
      rowStart[r + 1]!++;
      col.push(code - r * columns);
      val.push(m - k);
      k = m;
    }
    for (let r = 0; r < words.length; r++) rowStart[r + 1]! += rowStart[r]!;
    const counts = Int32Array.from(words, (w) => this.freq[this.ids.get(w)!]!);
    return { words, counts, columns, rowStart, col: Int32Array.from(col), val: Float32Array.from(val) };
  }
}

function grow<T extends Int32Array | Uint32Array>(a: T, need: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}
