/**
 * An open-addressing hash table from a word's folded code units to an int value (a term id),
 * compared in place so that looking up a known word allocates nothing. A slot holds the word's
 * hash and length packed in one int, its value, and the word's units themselves when it has at
 * most {@link INLINE} of them (nine distinct words of ten in news): a probe then reads one slot,
 * often one cache line, where a slot that pointed to an entry and an entry that pointed to its
 * units cost three cache misses on a word seen long ago.
 *
 * The table is kept small, as a lookup of a word seen long ago waits on memory, and how long
 * depends on how much memory the lookups range over: on this machine a read at random from 4 MB
 * took 18 ns, from 8 MB 128 ns (the processor's page table cache covers no more). A slot is 24
 * bytes and the table is filled to 85% before it grows (linear probing reads the next slots, in
 * the same cache line or the next one): 14 MB of news, 106,000 distinct words, fit in 3 MB. Slots
 * of 32 bytes filled to half took 8 MB, and looking up each of that file's 1.28 million words took
 * 180 ms where it now takes 130 (medians of seven runs).
 */
import { grown } from './grow.js';

/** Int32s per slot: the key (hash and length), the value, then the units, two per int. */
const SLOT = 6;
const KEY = 0;
const VALUE = 1;
const UNITS = 2;
/** Units kept in the slot; a longer word's units are in the pool, and the slot keeps where and how many. */
const INLINE = 2 * (SLOT - UNITS);
/** The share of slots filled before the table grows: LOAD_NUM / LOAD_DEN. */
const LOAD_NUM = 17;
const LOAD_DEN = 20;
/** Bits of the hash kept in a key; the length takes the 7 above them (capped: a longer word's is in its slot). */
const HASH_BITS = 24;
const HASH_MASK = (1 << HASH_BITS) - 1;
const MAX_KEY_LENGTH = 126;

/** The key of a word: its hash's low bits and its length + 1 (never 0, which marks an empty slot). */
const keyOf = (len: number, hash: number): number => (hash & HASH_MASK) | ((len < MAX_KEY_LENGTH ? len + 1 : MAX_KEY_LENGTH + 1) << HASH_BITS);

export class WordTable {
  /** The units of the words longer than INLINE. */
  private pool = new Uint16Array(1 << 12);
  private poolLen = 0;
  /** Slot count (a power of two, at most 2^HASH_BITS), and the slots' ints. */
  private capacity = 1024;
  private slots = new Int32Array(SLOT * 1024);
  private count = 0;

  /** Number of distinct words held. */
  get size(): number {
    return this.count;
  }

  /** Bytes the table holds: its slots and its pool of long words' units. */
  get bytes(): number {
    return this.slots.byteLength + this.pool.byteLength;
  }

  /** The value stored for `units[0..len)` with hash `hash`, or `missing`. */
  get(units: Uint16Array, len: number, hash: number, missing: number): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    const key = keyOf(len, hash);
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const s = i * SLOT;
      const stored = slots[s + KEY]!;
      if (stored === 0) return missing;
      if (stored === key && this.equals(s, units, len)) return slots[s + VALUE]!;
    }
  }

  /** Stores a value for a word that is not yet in the table. */
  add(units: Uint16Array, len: number, hash: number, value: number): void {
    if ((this.count + 1) * LOAD_DEN > this.capacity * LOAD_NUM) this.rehash(this.capacity * 2);
    const slots = this.slots;
    const s = this.free(slots, this.capacity, hash);
    slots[s + KEY] = keyOf(len, hash);
    slots[s + VALUE] = value;
    if (len <= INLINE) {
      for (let k = 0; 2 * k < len; k++) slots[s + UNITS + k] = pair(units, 2 * k, len);
    } else {
      while (this.poolLen + len > this.pool.length) this.pool = grown(this.pool, this.pool.length * 2);
      this.pool.set(units.subarray(0, len), this.poolLen);
      slots[s + UNITS] = this.poolLen;
      slots[s + UNITS + 1] = len;
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
    let capacity = this.capacity;
    while ((words + 1) * LOAD_DEN > capacity * LOAD_NUM) capacity *= 2;
    if (capacity > this.capacity) this.rehash(capacity);
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
    if (slots[s + UNITS + 1] !== len) return false;
    const pool = this.pool;
    const base = slots[s + UNITS]!;
    for (let i = 0; i < len; i++) if (pool[base + i] !== units[i]) return false;
    return true;
  }

  /** The first int of the first empty slot of a hash's probe sequence. */
  private free(slots: Int32Array, capacity: number, hash: number): number {
    const mask = capacity - 1;
    let i = hash & mask;
    while (slots[i * SLOT + KEY] !== 0) i = (i + 1) & mask;
    return i * SLOT;
  }

  /** `capacity` slots, each word's slot copied to where its hash now leads. */
  private rehash(capacity: number): void {
    if (capacity > 1 << HASH_BITS) throw new RangeError('WordTable: more words than its hashes tell apart');
    const old = this.slots;
    const slots = new Int32Array(capacity * SLOT);
    for (let s = 0; s < old.length; s += SLOT) {
      const key = old[s + KEY]!;
      if (key === 0) continue;
      const to = this.free(slots, capacity, key & HASH_MASK);
      for (let k = 0; k < SLOT; k++) slots[to + k] = old[s + k]!;
    }
    this.slots = slots;
    this.capacity = capacity;
  }
}

/** Units `i` and `i + 1` of a word of `len` units as one int (the second 0 past the word's end). */
function pair(units: Uint16Array, i: number, len: number): number {
  return units[i]! | (i + 1 < len ? units[i + 1]! << 16 : 0);
}
