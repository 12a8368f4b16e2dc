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

/** Word → tag bits, filled once (from a map, or straight from a lexicon file's text) and then read. */
export class LexiconTable {
  private readonly pool: Uint16Array;
  private readonly keyStart: Int32Array;
  private readonly keyLen: Int32Array;
  private readonly keyHash: Int32Array;
  // Float64, not Int32: a caller's map may hold any number, and the table must give it back as is.
  private readonly values: Float64Array;
  private readonly slots: Int32Array; // entry index + 1; 0 = empty
  private readonly mask: number;
  private entries = 0;
  private units = 0;

  /** An empty table with room for `capacity` words of `units` code units in all. */
  constructor(capacity: number, units: number) {
    this.pool = new Uint16Array(units);
    this.keyStart = new Int32Array(capacity);
    this.keyLen = new Int32Array(capacity);
    this.keyHash = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    // At most a quarter full, so that a miss usually lands on an empty slot at once.
    let size = 16;
    while (size < capacity * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** A table of a map's words and values. */
  static fromMap(tags: ReadonlyMap<string, number>): LexiconTable {
    let units = 0;
    for (const word of tags.keys()) units += word.length;
    const table = new LexiconTable(tags.size, units);
    for (const [word, value] of tags) table.or(word, 0, word.length, value);
    return table;
  }

  /** Number of words. */
  get size(): number {
    return this.entries;
  }

  /**
   * Adds the word `text[from..to)` with `bits`, or ORs them into its value if it is there: a
   * lexicon file's lines go in without a string per word. Throws when the table is full.
   */
  or(text: string, from: number, to: number, bits: number): void {
    let h = SEED;
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
    const len = to - from;
    let s = this.slotOf(h);
    for (; ; s = (s + 1) & this.mask) {
      const e = this.slots[s]! - 1;
      if (e < 0) break;
      if (this.keyHash[e] === h && this.keyLen[e] === len && this.equalsSpan(e, text, from, to)) {
        this.values[e] = this.values[e]! | bits;
        return;
      }
    }
    const e = this.entries;
    if (e === this.keyStart.length || this.units + len > this.pool.length) throw new RangeError('LexiconTable: capacity exceeded');
    for (let i = 0; i < len; i++) this.pool[this.units + i] = text.charCodeAt(from + i);
    this.keyStart[e] = this.units;
    this.keyLen[e] = len;
    this.keyHash[e] = h;
    this.values[e] = bits;
    this.slots[s] = e + 1;
    this.units += len;
    this.entries++;
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

  private equalsSpan(e: number, text: string, from: number, to: number): boolean {
    const pool = this.pool;
    const base = this.keyStart[e]! - from;
    for (let i = from; i < to; i++) if (pool[base + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private equalsJoined(e: number, word: string, end: number, ending: string): boolean {
    const pool = this.pool;
    const base = this.keyStart[e]!;
    for (let i = 0; i < end; i++) if (pool[base + i] !== word.charCodeAt(i)) return false;
    for (let i = 0; i < ending.length; i++) if (pool[base + end + i] !== ending.charCodeAt(i)) return false;
    return true;
  }
}
