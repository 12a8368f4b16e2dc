/**
 * The lexicon's words in an open-addressing hash table keyed by their code units, so that a
 * candidate stem such as `سيارت` + `ة` is looked up without being built as a string first.
 * Most candidates are not words: a miss then costs a few multiplications and one slot, which keeps
 * its word's hash beside its entry.
 */

const SEED = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

/** FNV-1a over `word[0..end)`: a key's hash, which its ending's units continue (see {@link LexiconTable.getHashed}). */
export function hashPrefix(word: string, end: number): number {
  let h = SEED;
  for (let i = 0; i < end; i++) h = Math.imul(h ^ word.charCodeAt(i), PRIME);
  return h;
}

/** The hash of every prefix of `word` into `out`: `out[i]` is `hashPrefix(word, i)`, for i up to the word's length. */
export function prefixHashes(word: string, out: Int32Array): void {
  let h = SEED;
  out[0] = h;
  for (let i = 0; i < word.length; i++) out[i + 1] = h = Math.imul(h ^ word.charCodeAt(i), PRIME);
}

/** The arrays of a table, in the order {@link LexiconTable.toBytes} writes them. */
interface TableArrays {
  pool: Uint16Array;
  /** Per entry: where its units start in `pool`, and how many. */
  keys: Int32Array;
  values: Float64Array;
  /** Per slot: the hash of its word, and its entry index + 1 (0 = empty). */
  slots: Int32Array;
}

/** Int32s before the arrays: entries, units, capacity, pool length, slot count, and one to keep 8-byte alignment. */
const HEAD_INTS = 6;

/** Word → tag bits, filled once (from a map, or straight from a lexicon file's text) and then read. */
export class LexiconTable {
  private readonly pool: Uint16Array;
  private readonly keys: Int32Array;
  // Float64, not Int32: a caller's map may hold any number, and the table must give it back as is.
  private readonly values: Float64Array;
  // A slot's hash beside its entry: a probe for a word that is not there (most probes) reads one
  // cache line, and one that is there reads the entry's key and units only when the hashes match.
  private readonly slots: Int32Array;
  /**
   * A bit for each value of a hash's top 20 bits, set for every word's hash (128 KB, which stays in
   * a core's cache where the slots do not): most words asked for are not there, and their clear bit
   * says so without a slot read.
   */
  private readonly filter = new Int32Array(1 << 15);
  /** Slot count - 1. */
  private readonly mask: number;
  private entries = 0;
  private units = 0;

  /** An empty table with room for `capacity` words of `units` code units in all. */
  constructor(capacity: number, units: number, arrays?: TableArrays) {
    // At most half full: a slot that holds another word tells so by its hash, in the same cache line.
    let size = 16;
    while (size < capacity * 2) size *= 2;
    const a = arrays ?? {
      pool: new Uint16Array(units),
      keys: new Int32Array(capacity * 2),
      values: new Float64Array(capacity),
      slots: new Int32Array(size * 2),
    };
    this.pool = a.pool;
    this.keys = a.keys;
    this.values = a.values;
    this.slots = a.slots;
    this.mask = a.slots.length / 2 - 1;
    for (let s = 0; s < this.slots.length; s += 2) if (this.slots[s + 1] !== 0) this.mark(this.slots[s]!);
  }

  /**
   * The table as bytes, for {@link LexiconTable.fromBytes}: its counts, then its arrays as they are
   * in memory (little-endian, as on every platform Node runs on), each at a multiple of 8 bytes.
   */
  toBytes(): Uint8Array {
    const arrays = this.arrays();
    const parts: Uint8Array[] = [new Uint8Array(new Int32Array([this.entries, this.units, this.values.length, this.pool.length, this.slots.length, 0]).buffer)];
    for (const a of Object.values(arrays)) {
      parts.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
      const pad = (8 - (a.byteLength % 8)) % 8;
      if (pad) parts.push(new Uint8Array(pad));
    }
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  /** A table back from {@link LexiconTable.toBytes}; its arrays are views of `bytes` (8-aligned), not copies. */
  static fromBytes(bytes: Uint8Array): LexiconTable {
    const aligned = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
    const [entries = 0, units = 0, capacity = 0, poolLength = 0, slotCount = 0] = new Int32Array(aligned.buffer, aligned.byteOffset, HEAD_INTS);
    let at = aligned.byteOffset + HEAD_INTS * 4;
    const take = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number, width: number): T => {
      const view = make(aligned.buffer, at, length);
      at += Math.ceil((length * width) / 8) * 8;
      return view;
    };
    const arrays: TableArrays = {
      pool: take((b, o, n) => new Uint16Array(b, o, n), poolLength, 2),
      keys: take((b, o, n) => new Int32Array(b, o, n), capacity * 2, 4),
      values: take((b, o, n) => new Float64Array(b, o, n), capacity, 8),
      slots: take((b, o, n) => new Int32Array(b, o, n), slotCount, 4),
    };
    if (at !== aligned.byteOffset + aligned.byteLength) throw new RangeError(`LexiconTable: ${aligned.byteLength} bytes, expected ${at - aligned.byteOffset}`);
    const table = new LexiconTable(capacity, poolLength, arrays);
    table.entries = entries;
    table.units = units;
    return table;
  }

  private arrays(): TableArrays {
    return { pool: this.pool, keys: this.keys, values: this.values, slots: this.slots };
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
    const slots = this.slots;
    let s = this.slotOf(h);
    for (; ; s = (s + 1) & this.mask) {
      const e = slots[2 * s + 1]! - 1;
      if (e < 0) break;
      if (slots[2 * s] === h && this.keys[2 * e + 1] === len && this.equalsSpan(e, text, from, to)) {
        this.values[e] = this.values[e]! | bits;
        return;
      }
    }
    const e = this.entries;
    if (e === this.values.length || this.units + len > this.pool.length) throw new RangeError('LexiconTable: capacity exceeded');
    for (let i = 0; i < len; i++) this.pool[this.units + i] = text.charCodeAt(from + i);
    this.keys[2 * e] = this.units;
    this.keys[2 * e + 1] = len;
    this.values[e] = bits;
    slots[2 * s] = h;
    slots[2 * s + 1] = e + 1;
    this.mark(h);
    this.units += len;
    this.entries++;
  }

  /** The value of `word`, or undefined. */
  get(word: string): number | undefined {
    return this.getJoined(word, word.length, '');
  }

  /** The value of `word.slice(0, end) + ending`, or undefined: `('سيارتان', 5, 'ة')` looks up سيارة. */
  getJoined(word: string, end: number, ending: string): number | undefined {
    return this.getHashed(hashPrefix(word, end), word, end, ending);
  }

  /**
   * {@link getJoined} given `prefix`, the hash of `word[0..end)` ({@link hashPrefix}, or one entry of
   * {@link prefixHashes}): a caller that tries many endings on one word hashes its letters once.
   */
  getHashed(prefix: number, word: string, end: number, ending: string): number | undefined {
    let h = prefix;
    for (let i = 0; i < ending.length; i++) h = Math.imul(h ^ ending.charCodeAt(i), PRIME);
    const bit = h >>> 12;
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return undefined;
    const len = end + ending.length;
    const slots = this.slots;
    for (let s = this.slotOf(h); ; s = (s + 1) & this.mask) {
      const e = slots[2 * s + 1]! - 1;
      if (e < 0) return undefined;
      if (slots[2 * s] === h && this.keys[2 * e + 1] === len && this.equalsJoined(e, word, end, ending)) return this.values[e];
    }
  }

  /** Sets the filter's bit of a hash. */
  private mark(h: number): void {
    const bit = h >>> 12;
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
  }

  private slotOf(h: number): number {
    return (h ^ (h >>> 15)) & this.mask;
  }

  private equalsSpan(e: number, text: string, from: number, to: number): boolean {
    const pool = this.pool;
    const base = this.keys[2 * e]! - from;
    for (let i = from; i < to; i++) if (pool[base + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private equalsJoined(e: number, word: string, end: number, ending: string): boolean {
    const pool = this.pool;
    const base = this.keys[2 * e]!;
    for (let i = 0; i < end; i++) if (pool[base + i] !== word.charCodeAt(i)) return false;
    for (let i = 0; i < ending.length; i++) if (pool[base + end + i] !== ending.charCodeAt(i)) return false;
    return true;
  }
}
