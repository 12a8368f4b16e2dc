/**
 * Scoring a sentence without writing its feature rows. Most features are one attribute of the word
 * at an offset (`base[-1]`, `lex[0]` …), so what they add to a token depends on one word type only:
 * each word type's sums, one per offset, are computed once and cached, and a token adds five cached
 * vectors plus the look-ups of its pair and list features. The scores are those of
 * `table.score(extractor.extract(words))`, summed in another order.
 */
import * as hashing from './hash.js';
import { BIAS, EDGE_CODE, type CompiledTemplates, type FeatureExtractor } from './features.js';
import { PHRASE_LISTS } from './lists.js';
import type { WeightTable } from './weights.js';
import * as wordInfo from './word-info.js';
import type { WordInfo } from './word-info.js';

// Local copies: tsx turns each use of an imported binding into a getter call, too slow per feature.
const { mix } = hashing;
const { EDGE } = wordInfo;

/** Scores sentences with one weight table; keeps per-word-type sums (not safe across threads). */
export class SentenceScorer {
  private readonly C: number;
  /** The distinct offsets of the unigram templates, and the offset's slot (offset + `reach`). */
  private readonly offsets: Int32Array;
  private readonly slotOf: Int32Array;
  private readonly reach: number;
  private readonly bias: Float64Array;
  private readonly sums = new Map<WordInfo, Float32Array>();
  /** The sums of each token of the sentence being scored. */
  private tokenSums: Float32Array[] = [];
  private readonly edgeSums: Float32Array;

  /**
   * `limit`: word types kept before the cache is cleared; each holds offsets × columns floats (360
   * bytes for a two-stage model), so the default costs at most about 11 MB (a worker's memory
   * counts: 100,000 types had cost 36 MB for no speed that could be measured on a day of news).
   * Sums are rounded to floats once, like the weights they add up.
   */
  constructor(
    readonly table: WeightTable,
    readonly templates: CompiledTemplates,
    private readonly limit = 30_000,
  ) {
    this.C = table.cols;
    this.offsets = Int32Array.from(new Set(templates.uniOff)).sort();
    this.reach = Math.max(0, ...Array.from(this.offsets, Math.abs));
    this.slotOf = new Int32Array(2 * this.reach + 1).fill(-1);
    this.offsets.forEach((o, k) => (this.slotOf[o + this.reach] = k));
    this.bias = new Float64Array(this.C);
    this.addRow(BIAS, this.bias, 0);
    this.edgeSums = this.compute(EDGE);
  }

  /** Adds the weights of feature `h` to `out[at .. at + C)`. */
  private addRow(h: number, out: Float64Array | Float32Array, at: number): void {
    const r = this.table.row(h);
    if (r < 0) return;
    const w = this.table.weights;
    const C = this.C;
    const base = r * C;
    for (let y = 0; y < C; y++) out[at + y]! += w[base + y]!;
  }

  /** Per offset, what the unigram features of `info` add to the token that far from it. */
  private sumsOf(info: WordInfo): Float32Array {
    let s = this.sums.get(info);
    if (s !== undefined) return s;
    if (this.sums.size >= this.limit) this.sums.clear();
    s = this.compute(info);
    this.sums.set(info, s);
    return s;
  }

  private compute(info: WordInfo): Float32Array {
    const T = this.templates;
    const s = new Float64Array(this.offsets.length * this.C);
    for (let t = 0; t < T.uniId.length; t++) {
      const slot = this.slotOf[T.uniOff[t]! + this.reach]!;
      this.addRow(mix(T.uniId[t]!, info.attrs[T.uniAttr[t]!]!), s, slot * this.C);
    }
    return Float32Array.from(s);
  }

  /** Writes the scores of the sentence last `prepare`d by `ex` (`n` tokens) to `emit[i * C + y]`. */
  score(ex: FeatureExtractor, n: number, emit: Float64Array): void {
    const C = this.C;
    const T = this.templates;
    const infos = ex.words;
    const codes = ex.matchCodes;
    const L = PHRASE_LISTS.length;
    const offsets = this.offsets;
    const { pairOff, pairAttr, pairId, phraseOff, phraseList, phraseId } = T;
    const w = this.table.weights;
    const sums = this.tokenSums;
    sums.length = n;
    for (let i = 0; i < n; i++) sums[i] = this.sumsOf(infos[i]!);
    const edge = this.edgeSums;
    for (let i = 0; i < n; i++) {
      const e = i * C;
      for (let y = 0; y < C; y++) emit[e + y] = this.bias[y]!;
      // The word at i + o lends its offset-o sums: token i sees it at offset o.
      for (let k = 0; k < offsets.length; k++) {
        const j = i + offsets[k]!;
        const s = j >= 0 && j < n ? sums[j]! : edge;
        const at = k * C;
        for (let y = 0; y < C; y++) emit[e + y]! += s[at + y]!;
      }
      for (let t = 0; t < pairId.length; t++) {
        const j1 = i + pairOff[2 * t]!;
        const j2 = i + pairOff[2 * t + 1]!;
        const a = (j1 >= 0 && j1 < n ? infos[j1]! : EDGE).attrs[pairAttr[2 * t]!]!;
        const b = (j2 >= 0 && j2 < n ? infos[j2]! : EDGE).attrs[pairAttr[2 * t + 1]!]!;
        const r = this.table.row(mix(mix(pairId[t]!, a), b));
        if (r >= 0) for (let y = 0, base = r * C; y < C; y++) emit[e + y]! += w[base + y]!;
      }
      for (let t = 0; t < phraseId.length; t++) {
        const j = i + phraseOff[t]!;
        const code = j >= 0 && j < n ? codes[j * L + phraseList[t]!]! : EDGE_CODE;
        if (code === 0) continue;
        const r = this.table.row(mix(phraseId[t]!, code));
        if (r >= 0) for (let y = 0, base = r * C; y < C; y++) emit[e + y]! += w[base + y]!;
      }
    }
  }
}
