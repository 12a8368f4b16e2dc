/**
 * An open-addressing hash table from a word's folded code units to an int value (a term id),
 * compared in place so that looking up a known word allocates nothing. A slot holds the word's hash
 * beside its entry, and an entry its key's start and length beside its value, so that a probe reads
 * one cache line of each: on news, where most of a text's words are known, the probes' cache misses
 * were most of the time spent on a word.
 */
import { grown } from './grow.js';

export class WordTable {
  private pool = new Uint16Array(1 << 16);
  private poolLen = 0;
  /** Per entry e: [3e] the key's start in `pool`, [3e + 1] its length, [3e + 2] the value. */
  private entries = new Int32Array(3 * 1024);
  /** Per slot s: [2s] the hash of its entry, [2s + 1] the entry index + 1 (0 = empty). */
  private slots = new Int32Array(2 * 2048);
  private count = 0;

  /** Number of distinct words held. */
  get size(): number {
    return this.count;
  }

  /** The value stored for `units[0..len)` with hash `hash`, or `missing`. */
  get(units: Uint16Array, len: number, hash: number, missing: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = slots[2 * s + 1]! - 1;
      if (e < 0) return missing;
      if (slots[2 * s] === hash && this.entries[3 * e + 1] === len && this.equals(e, units, len)) return this.entries[3 * e + 2]!;
    }
  }

  /** Stores a value for a word that is not yet in the table. */
  add(units: Uint16Array, len: number, hash: number, value: number): void {
    if ((this.count + 1) * 4 > this.slots.length) this.rehash(this.slots.length);
    if (3 * (this.count + 1) > this.entries.length) this.entries = grown(this.entries, this.entries.length * 2);
    while (this.poolLen + len > this.pool.length) this.pool = grown(this.pool, this.pool.length * 2);
    const e = this.count++;
    this.pool.set(units.subarray(0, len), this.poolLen);
    this.entries[3 * e] = this.poolLen;
    this.entries[3 * e + 1] = len;
    this.entries[3 * e + 2] = value;
    this.poolLen += len;
    this.place(this.slots, e, hash);
  }

  /** Forgets every word (keeps the allocated memory). */
  clear(): void {
    this.slots.fill(0);
    this.count = 0;
    this.poolLen = 0;
  }

  private equals(e: number, units: Uint16Array, len: number): boolean {
    const pool = this.pool;
    const base = this.entries[3 * e]!;
    for (let i = 0; i < len; i++) if (pool[base + i] !== units[i]) return false;
    return true;
  }

  private place(slots: Int32Array, e: number, hash: number): void {
    const mask = (slots.length >> 1) - 1;
    let s = hash & mask;
    while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    slots[2 * s] = hash;
    slots[2 * s + 1] = e + 1;
  }

  /** Twice the slots, each entry placed again by the hash its old slot kept. */
  private rehash(oldLength: number): void {
    const old = this.slots;
    const slots = new Int32Array(oldLength * 2);
    for (let s = 0; s < oldLength; s += 2) if (old[s + 1] !== 0) this.place(slots, old[s + 1]! - 1, old[s]!);
    this.slots = slots;
  }
}
