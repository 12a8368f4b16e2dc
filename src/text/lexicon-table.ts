/**
 * The lexicon's words in an open-addressing hash table keyed by their code units, so that a
 * candidate stem such as `سيارت` + `ة` is looked up without being built as a string first.
 * Most candidates are not words: a miss then costs a few multiplications and one empty slot.
 */

const SEED = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

/** FNV-1a over `word[0..end)` then `ending`: the hash of their concatenation. */
function hashJoined(word: string, end: number, ending: string): number {
  let h = SEED;
  for (let i = 0; i < end; i++) h = Math.imul(h ^ word.charCodeAt(i), PRIME);
  for (let i = 0; i < ending.length; i++) h = Math.imul(h ^ ending.charCodeAt(i), PRIME);
  return h;
}

/** Word → tag bits, frozen once built. */
export class LexiconTable {
  private readonly pool: Uint16Array;
  private readonly keyStart: Int32Array;
  private readonly keyLen: Int32Array;
  private readonly keyHash: Int32Array;
  // Float64, not Int32: a caller's map may hold any number, and the table must give it back as is.
  private readonly values: Float64Array;
  private readonly slots: Int32Array; // entry index + 1; 0 = empty
  private readonly mask: number;

  constructor(tags: ReadonlyMap<string, number>) {
    let units = 0;
    for (const word of tags.keys()) units += word.length;
    this.pool = new Uint16Array(units);
    this.keyStart = new Int32Array(tags.size);
    this.keyLen = new Int32Array(tags.size);
    this.keyHash = new Int32Array(tags.size);
    this.values = new Float64Array(tags.size);
    // At most a quarter full, so that a miss usually lands on an empty slot at once.
    let size = 16;
    while (size < tags.size * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    let e = 0;
    let at = 0;
    for (const [word, value] of tags) {
      for (let i = 0; i < word.length; i++) this.pool[at + i] = word.charCodeAt(i);
      const h = hashJoined(word, word.length, '');
      this.keyStart[e] = at;
      this.keyLen[e] = word.length;
      this.keyHash[e] = h;
      this.values[e] = value;
      let s = this.slotOf(h);
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = e + 1;
      at += word.length;
      e++;
    }
  }

  /** The value of `word`, or undefined. */
  get(word: string): number | undefined {
    return this.getJoined(word, word.length, '');
  }

  /** The value of `word.slice(0, end) + ending`, or undefined: `('سيارتان', 5, 'ة')` looks up سيارة. */
  getJoined(word: string, end: number, ending: string): number | undefined {
    const h = hashJoined(word, end, ending);
    const len = end + ending.length;
    for (let s = this.slotOf(h); ; s = (s + 1) & this.mask) {
      const e = this.slots[s]! - 1;
      if (e < 0) return undefined;
      if (this.keyHash[e] === h && this.keyLen[e] === len && this.equalsJoined(e, word, end, ending)) return this.values[e];
    }
  }

  private slotOf(h: number): number {
    return (h ^ (h >>> 15)) & this.mask;
  }

  private equalsJoined(e: number, word: string, end: number, ending: string): boolean {
    const pool = this.pool;
    const base = this.keyStart[e]!;
    for (let i = 0; i < end; i++) if (pool[base + i] !== word.charCodeAt(i)) return false;
    for (let i = 0; i < ending.length; i++) if (pool[base + end + i] !== ending.charCodeAt(i)) return false;
    return true;
  }
}
