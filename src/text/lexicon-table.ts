/**
 * The lexicon's words in an open-addressing hash table keyed by their code units, so that a
 * candidate stem such as `سيارت` + `ة` is looked up without being built as a string first.
 * Most candidates are not words: a filter of hash bits tells most of them so without a slot read.
 * A slot holds its word's hash, length and value, and the word's units themselves when it has at
 * most {@link INLINE} of them (most words): a word that is there is then read from one cache line.
 * A slot that pointed to an entry, whose key pointed to its units, cost three more reads from
 * memory on each word found, and a word read from news finds about five.
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

/** Int32s per slot: the hash, the length + 1 (0 for an empty slot), the value (a float64), then the units, two per int. */
const SLOT = 8;
const HASH = 0;
const LENGTH = 1;
/** The value's float64 is slot ints 2 and 3: index `s / 2 + 1` of the slots' float64 view. */
const UNITS = 4;
/** Units kept in the slot; a longer word's units are in the pool, and the slot keeps where. */
const INLINE = 2 * (SLOT - UNITS);

/** The arrays of a table, in the order {@link LexiconTable.toBytes} writes them. */
interface TableArrays {
  /** The units of the words longer than INLINE. */
  pool: Uint16Array;
  /** SLOT int32s per slot; its buffer is 8-aligned, as the values are float64s. */
  slots: Int32Array;
}

/** Int32s before the arrays: entries, pool units used, pool length, slot ints, and two to keep 8-byte alignment. */
const HEAD_INTS = 6;

/** Word → value (tag bits, a count), filled once (from a map, or straight from a lexicon file's text) and then read. */
export class LexiconTable {
  private readonly pool: Uint16Array;
  private readonly slots: Int32Array;
  /** The slots' buffer as float64s: a slot's value. */
  private readonly values: Float64Array;
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

  /** An empty table with room for `capacity` words, whose long words have `units` code units in all (a bound will do). */
  constructor(capacity: number, units: number, arrays?: TableArrays) {
    // At most three quarters full: a word that is not there, but passes the filter, ends its probe
    // within a few slots, and the lexicon's 90,000 words take 4 MB, not 8. A read at random from
    // 8 MB took seven times as long as one from 4 MB on this machine (the processor's page table
    // cache covers no more), and a word read from news looks up about seventeen candidates.
    let size = 16;
    while (size * 3 < capacity * 4) size *= 2;
    const a = arrays ?? { pool: new Uint16Array(units), slots: new Int32Array(size * SLOT) };
    this.pool = a.pool;
    this.slots = a.slots;
    this.values = new Float64Array(a.slots.buffer, a.slots.byteOffset, a.slots.length / 2);
    this.mask = a.slots.length / SLOT - 1;
    for (let s = 0; s < this.slots.length; s += SLOT) if (this.slots[s + LENGTH] !== 0) this.mark(this.slots[s + HASH]!);
  }

  /**
   * The table as bytes, for {@link LexiconTable.fromBytes}: its counts, then its arrays as they are
   * in memory (little-endian, as on every platform Node runs on), each at a multiple of 8 bytes.
   */
  toBytes(): Uint8Array {
    const arrays = this.arrays();
    const parts: Uint8Array[] = [new Uint8Array(new Int32Array([this.entries, this.units, arrays.pool.length, this.slots.length, 0, 0]).buffer)];
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
    if (aligned.byteLength < HEAD_INTS * 4) throw new RangeError(`LexiconTable: ${aligned.byteLength} bytes, too few for a table`);
    const [entries = 0, units = 0, poolLength = 0, slotInts = 0] = new Int32Array(aligned.buffer, aligned.byteOffset, HEAD_INTS);
    let at = aligned.byteOffset + HEAD_INTS * 4;
    const take = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number, width: number): T => {
      const view = make(aligned.buffer, at, length);
      at += Math.ceil((length * width) / 8) * 8;
      return view;
    };
    const expected = HEAD_INTS * 4 + Math.ceil((poolLength * 2) / 8) * 8 + slotInts * 4;
    if (expected !== aligned.byteLength) throw new RangeError(`LexiconTable: ${aligned.byteLength} bytes, expected ${expected}`);
    const arrays: TableArrays = {
      pool: take((b, o, n) => new Uint16Array(b, o, n), poolLength, 2),
      slots: take((b, o, n) => new Int32Array(b, o, n), slotInts, 4),
    };
    const table = new LexiconTable(0, 0, arrays);
    table.entries = entries;
    table.units = units;
    return table;
  }

  private arrays(): TableArrays {
    // The pool's used part only: its room was sized for every word's units, and short words are kept in their slots.
    return { pool: this.pool.subarray(0, this.units), slots: this.slots };
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
    for (; ; s = (s + SLOT) & (slots.length - 1)) {
      if (slots[s + LENGTH] === 0) break;
      if (slots[s + HASH] === h && slots[s + LENGTH] === len + 1 && this.equalsSpan(s, text, from, to)) {
        this.values[s / 2 + 1] = this.values[s / 2 + 1]! | bits;
        return;
      }
    }
    if (4 * (this.entries + 1) > 3 * (this.mask + 1) || (len > INLINE && this.units + len > this.pool.length)) throw new RangeError('LexiconTable: capacity exceeded');
    slots[s + HASH] = h;
    slots[s + LENGTH] = len + 1;
    this.values[s / 2 + 1] = bits;
    if (len <= INLINE) {
      for (let k = 0; 2 * k < len; k++) slots[s + UNITS + k] = text.charCodeAt(from + 2 * k) | (2 * k + 1 < len ? text.charCodeAt(from + 2 * k + 1) << 16 : 0);
    } else {
      for (let i = 0; i < len; i++) this.pool[this.units + i] = text.charCodeAt(from + i);
      slots[s + UNITS] = this.units;
      this.units += len;
    }
    this.mark(h);
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
    const stored = end + ending.length + 1;
    const slots = this.slots;
    const wrap = slots.length - 1;
    for (let s = this.slotOf(h); ; s = (s + SLOT) & wrap) {
      const length = slots[s + LENGTH]!;
      if (length === 0) return undefined;
      if (slots[s + HASH] === h && length === stored && this.equalsJoined(s, word, end, ending)) return this.values[s / 2 + 1];
    }
  }

  /** Sets the filter's bit of a hash. */
  private mark(h: number): void {
    const bit = h >>> 12;
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** The first slot int of a hash's probe sequence. */
  private slotOf(h: number): number {
    return ((h ^ (h >>> 15)) & this.mask) * SLOT;
  }

  /** Unit `i` of the word in slot `s`, of `len` units. */
  private unitAt(s: number, len: number, i: number): number {
    if (len > INLINE) return this.pool[this.slots[s + UNITS]! + i]!;
    const pair = this.slots[s + UNITS + (i >> 1)]!;
    return (i & 1) === 0 ? pair & 0xffff : pair >>> 16;
  }

  private equalsSpan(s: number, text: string, from: number, to: number): boolean {
    const len = to - from;
    for (let i = 0; i < len; i++) if (this.unitAt(s, len, i) !== text.charCodeAt(from + i)) return false;
    return true;
  }

  private equalsJoined(s: number, word: string, end: number, ending: string): boolean {
    const len = end + ending.length;
    for (let i = 0; i < end; i++) if (this.unitAt(s, len, i) !== word.charCodeAt(i)) return false;
    for (let i = 0; i < ending.length; i++) if (this.unitAt(s, len, end + i) !== ending.charCodeAt(i)) return false;
    return true;
  }
}
