/**
 * An open-addressing hash table from a word's folded code units to an int value (a term id),
 * compared in place so that looking up a known word allocates nothing. A slot holds the word's hash,
 * length and value, and the word's units themselves when it has at most {@link INLINE} of them (most
 * words): a probe then reads one slot, often one cache line, where a slot that pointed to an entry
 * and an entry that pointed to its units cost three cache misses on a word seen long ago. On news,
 * those misses were most of the time spent on a known word.
 */
import { grown } from './grow.js';

/** Int32s per slot: hash, length + 1 (0 for an empty slot), value, then the units, two per int. */
const SHIFT = 3;
const SLOT = 1 << SHIFT;
const HASH = 0;
const LENGTH = 1;
const VALUE = 2;
const UNITS = 3;
/** Units kept in the slot; a longer word's units are in the pool, and the slot keeps where. */
const INLINE = 2 * (SLOT - UNITS);

export class WordTable {
  /** The units of the words longer than INLINE. */
  private pool = new Uint16Array(1 << 12);
  private poolLen = 0;
  private slots = new Int32Array(SLOT * 1024);
  private count = 0;

  /** Number of distinct words held. */
  get size(): number {
    return this.count;
  }

  /** The value stored for `units[0..len)` with hash `hash`, or `missing`. */
  get(units: Uint16Array, len: number, hash: number, missing: number): number {
    const slots = this.slots;
    const wrap = slots.length - 1;
    for (let s = (hash << SHIFT) & wrap; ; s = (s + SLOT) & wrap) {
      const stored = slots[s + LENGTH]! - 1;
      if (stored < 0) return missing;
      if (stored === len && slots[s + HASH] === hash && this.equals(s, units, len)) return slots[s + VALUE]!;
    }
  }

  /** Stores a value for a word that is not yet in the table. */
  add(units: Uint16Array, len: number, hash: number, value: number): void {
    if ((this.count + 1) * 2 * SLOT > this.slots.length) this.rehash(this.slots.length * 2);
    const slots = this.slots;
    const s = this.free(slots, hash);
    slots[s + HASH] = hash;
    slots[s + LENGTH] = len + 1;
    slots[s + VALUE] = value;
    if (len <= INLINE) {
      for (let k = 0; 2 * k < len; k++) slots[s + UNITS + k] = pair(units, 2 * k, len);
    } else {
      while (this.poolLen + len > this.pool.length) this.pool = grown(this.pool, this.pool.length * 2);
      this.pool.set(units.subarray(0, len), this.poolLen);
      slots[s + UNITS] = this.poolLen;
      this.poolLen += len;
    }
    this.count++;
  }

  /**
   * Makes room for `words` words in all, so that a table filled with about that many is never
   * rehashed on the way (each rehash moves every word; a large input's vocabulary doubled the table
   * eight times).
   */
  reserve(words: number): void {
    let size = this.slots.length;
    while ((words + 1) * 2 * SLOT > size) size *= 2;
    if (size > this.slots.length) this.rehash(size);
  }

  /** Forgets every word (keeps the allocated memory). */
  clear(): void {
    this.slots.fill(0);
    this.count = 0;
    this.poolLen = 0;
  }

  private equals(s: number, units: Uint16Array, len: number): boolean {
    const slots = this.slots;
    if (len <= INLINE) {
      for (let k = 0; 2 * k < len; k++) if (slots[s + UNITS + k] !== pair(units, 2 * k, len)) return false;
      return true;
    }
    const pool = this.pool;
    const base = slots[s + UNITS]!;
    for (let i = 0; i < len; i++) if (pool[base + i] !== units[i]) return false;
    return true;
  }

  /** The first empty slot of a hash's probe sequence. */
  private free(slots: Int32Array, hash: number): number {
    const wrap = slots.length - 1;
    let s = (hash << SHIFT) & wrap;
    while (slots[s + LENGTH] !== 0) s = (s + SLOT) & wrap;
    return s;
  }

  /** `size` slot ints, each word's slot copied to where its hash now leads. */
  private rehash(size: number): void {
    const old = this.slots;
    const slots = new Int32Array(size);
    for (let s = 0; s < old.length; s += SLOT) {
      if (old[s + LENGTH] === 0) continue;
      const to = this.free(slots, old[s + HASH]!);
      for (let k = 0; k < SLOT; k++) slots[to + k] = old[s + k]!;
    }
    this.slots = slots;
  }
}

/** Units `i` and `i + 1` of a word of `len` units as one int (the second 0 past the word's end). */
function pair(units: Uint16Array, i: number, len: number): number {
  return units[i]! | (i + 1 < len ? units[i + 1]! << 16 : 0);
}
