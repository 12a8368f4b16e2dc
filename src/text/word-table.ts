/**
 * An open-addressing hash table from a word's folded code units to an int value (a term id),
 * compared in place so that looking up a known word allocates nothing.
 */
import { grown } from './grow.js';

export class WordTable {
  private pool = new Uint16Array(1 << 16);
  private poolLen = 0;
  private keyStart = new Int32Array(1024);
  private keyLen = new Int32Array(1024);
  private keyHash = new Int32Array(1024);
  private values = new Int32Array(1024);
  private slots = new Int32Array(2048); // entry index + 1; 0 = empty
  private count = 0;

  /** Number of distinct words held. */
  get size(): number {
    return this.count;
  }

  /** The value stored for `units[0..len)` with hash `hash`, or `missing`. */
  get(units: Uint16Array, len: number, hash: number, missing: number): number {
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s]! - 1;
      if (e < 0) return missing;
      if (this.keyHash[e] === hash && this.keyLen[e] === len && this.equals(e, units, len)) return this.values[e]!;
    }
  }

  /** Stores a value for a word that is not yet in the table. */
  add(units: Uint16Array, len: number, hash: number, value: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    if (this.count === this.keyStart.length) this.growEntries();
    while (this.poolLen + len > this.pool.length) this.pool = grown(this.pool, this.pool.length * 2);
    const e = this.count++;
    this.pool.set(units.subarray(0, len), this.poolLen);
    this.keyStart[e] = this.poolLen;
    this.keyLen[e] = len;
    this.keyHash[e] = hash;
    this.values[e] = value;
    this.poolLen += len;
    this.place(e, hash);
  }

  /** Forgets every word (keeps the allocated memory). */
  clear(): void {
    this.slots.fill(0);
    this.count = 0;
    this.poolLen = 0;
  }

  private equals(e: number, units: Uint16Array, len: number): boolean {
    const pool = this.pool;
    const base = this.keyStart[e]!;
    for (let i = 0; i < len; i++) if (pool[base + i] !== units[i]) return false;
    return true;
  }

  private place(e: number, hash: number): void {
    const mask = this.slots.length - 1;
    let s = hash & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let e = 0; e < this.count; e++) this.place(e, this.keyHash[e]!);
  }

  private growEntries(): void {
    const n = this.keyStart.length * 2;
    this.keyStart = grown(this.keyStart, n);
    this.keyLen = grown(this.keyLen, n);
    this.keyHash = grown(this.keyHash, n);
    this.values = grown(this.values, n);
  }
}
