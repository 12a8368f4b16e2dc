/**
 * Multi-word lists (gazetteers, titles, cue words) matched over a sentence's word keys, longest
 * match first, each list on its own: «وزير الخارجية الأمريكي» gives the title list B I and O.
 */
import { mix } from './hash.js';

/** A match code per token and list: 0 outside, then B (begins), I (inside), L (last), U (one word). */
export const MATCH = { O: 0, B: 1, I: 2, L: 3, U: 4 } as const;

const PREFIX = 1 << 30;

/** Word-key sequences of up to `maxLength` words, each carrying the bit of the lists it is on. */
export class PhraseTable {
  private readonly map = new Map<number, number>();
  private longest = 1;

  /** How many lists the bits count (list `c` is bit `1 << c`); at most 30. */
  constructor(readonly lists: number) {
    if (lists > 30) throw new RangeError(`PhraseTable: at most 30 lists, got ${lists}`);
  }

  /** The longest phrase added, in words. */
  get maxLength(): number {
    return this.longest;
  }

  /** Adds the phrase whose word keys are `keys` to list `list`. */
  add(keys: readonly number[], list: number): void {
    if (!keys.length) return;
    let h = keys[0]!;
    for (let k = 1; k < keys.length; k++) {
      this.map.set(h, (this.map.get(h) ?? 0) | PREFIX);
      h = mix(h, keys[k]!);
    }
    this.map.set(h, (this.map.get(h) ?? 0) | (1 << list));
    if (keys.length > this.longest) this.longest = keys.length;
  }

  /**
   * Fills `codes[i * lists + c]` with the {@link MATCH} code of token `i` for list `c`, taking the
   * longest match left to right in each list. `ends` is scratch of at least `n * lists` entries.
   */
  match(keys: Int32Array, n: number, codes: Uint8Array, ends: Int32Array): void {
    const L = this.lists;
    codes.fill(0, 0, n * L);
    ends.fill(0, 0, n * L);
    let any = false;
    for (let i = 0; i < n; i++) {
      let h = keys[i]!;
      for (let j = i; j < n && j - i < this.longest; j++) {
        if (j > i) h = mix(h, keys[j]!);
        const v = this.map.get(h);
        if (v === undefined) break;
        for (let c = 0; c < L; c++) {
          if (v & (1 << c)) {
            ends[i * L + c] = j + 1;
            any = true;
          }
        }
        if (!(v & PREFIX)) break;
      }
    }
    if (!any) return;
    for (let c = 0; c < L; c++) {
      for (let i = 0; i < n; ) {
        const end = ends[i * L + c]!;
        if (end <= i) {
          i++;
          continue;
        }
        if (end === i + 1) codes[i * L + c] = MATCH.U;
        else {
          codes[i * L + c] = MATCH.B;
          for (let k = i + 1; k < end - 1; k++) codes[k * L + c] = MATCH.I;
          codes[(end - 1) * L + c] = MATCH.L;
        }
        i = end;
      }
    }
  }
}
