/**
 * `rasd analyze`'s output, built as UTF-8 bytes: each distinct term's bytes are kept once in one
 * pool, as its reader gave them (see read-words.ts), and a line is copied byte by byte from the
 * pool into a block, which is handed out to be written once it is full. Building strings per term
 * and encoding them again at every write cost more than the analysis of a word already seen; so
 * did a Buffer per term, read through its own object at every copy. An id with no term (a
 * stopword, known as such only once a worker has read it) is left out.
 */
import { grown } from '../text/grow.js';
import type { TermBytes } from './read-words.js';

/** Bytes gathered before a block is handed out. */
const BLOCK = 1 << 16;
const SPACE = 0x20;
const NEWLINE = 0x0a;
/** `length` of an id not defined yet, and of an id with no term. */
const UNREAD = -1;
const NONE = -2;

export class TermLines {
  /** Every encoded term's bytes, one after another. */
  private pool = Buffer.allocUnsafe(1 << 16);
  private poolLen = 0;
  /**
   * Per id, side by side: where its bytes start in `pool` (at `2 * id`), and how many (or UNREAD,
   * NONE; at `2 * id + 1`). One array, not two: a line's ids are read in no order, and each read
   * of a large vocabulary's array is a cache miss.
   */
  private spans = new Int32Array(2048).fill(UNREAD);
  private block = Buffer.allocUnsafe(BLOCK);
  private used = 0;
  /** The byte length of the longest term defined. */
  private longest = 0;

  /** Gives the ids `first`, `first + 1`, … the terms of a batch, in order. */
  define(first: number, terms: TermBytes): void {
    const n = terms.ends.length;
    this.room(first + n);
    const total = n ? terms.ends[n - 1]! : 0;
    if (this.poolLen + total > this.pool.length) this.pool = Buffer.concat([this.pool.subarray(0, this.poolLen)], Math.max(this.pool.length * 2, this.poolLen + total));
    this.pool.set(terms.bytes.subarray(0, total), this.poolLen);
    let from = 0;
    for (let i = 0; i < n; i++) {
      const to = terms.ends[i]!;
      this.spans[2 * (first + i)] = this.poolLen + from;
      this.spans[2 * (first + i) + 1] = to > from ? to - from : NONE;
      if (to - from > this.longest) this.longest = to - from;
      from = to;
    }
    this.poolLen += total;
  }

  /**
   * Adds a line of the terms `ids[0..count)`, space-separated. Returns the block when it is full (a
   * new one is started: the stream keeps the old one until it has written it), else null.
   */
  line(ids: ArrayLike<number>, count: number): Buffer | null {
    // Room for the longest terms there are, so that the line is copied in one pass; the line is
    // measured term by term only where that bound does not fit (a long junk term inflates it).
    let need = count * (this.longest + 1) + 1;
    if (this.used + need > this.block.length) need = this.measure(ids, count);
    const out = this.used + need > this.block.length ? this.take(need) : null;
    const block = this.block;
    const pool = this.pool;
    const spans = this.spans;
    let at = this.used;
    let first = true;
    for (let i = 0; i < count; i++) {
      const id = ids[i]!;
      const len = 2 * id < spans.length ? spans[2 * id + 1]! : UNREAD;
      if (len < 0) {
        if (len === NONE) continue;
        throw new Error(`TermLines: no term defined for id ${id}`);
      }
      if (!first) block[at++] = SPACE;
      first = false;
      // Byte by byte: a term is a few bytes, where a copy of a subarray costs a call and an object.
      for (let k = spans[2 * id]!, stop = k + len; k < stop; k++) block[at++] = pool[k]!;
    }
    block[at++] = NEWLINE;
    this.used = at;
    return out ?? (this.used >= BLOCK ? this.take(0) : null);
  }

  /** What is gathered and not handed out yet, or null. */
  end(): Buffer | null {
    return this.used ? this.take(0) : null;
  }

  /** The block so far, and a fresh one with room for `need` bytes. */
  private take(need: number): Buffer | null {
    const full = this.used ? this.block.subarray(0, this.used) : null;
    this.block = Buffer.allocUnsafe(Math.max(BLOCK, need));
    this.used = 0;
    return full;
  }

  /** The bytes of a line of the terms `ids[0..count)`, its spaces and newline included (at most: an id with no term counts a space). */
  private measure(ids: ArrayLike<number>, count: number): number {
    let need = 1;
    for (let i = 0; i < count; i++) {
      const id = ids[i]!;
      need += (2 * id < this.spans.length ? Math.max(0, this.spans[2 * id + 1]!) : 0) + 1;
    }
    return need;
  }

  /** Room for ids below `n`. */
  private room(n: number): void {
    if (2 * n <= this.spans.length) return;
    const old = this.spans.length;
    this.spans = grown(this.spans, Math.max(2 * n, old * 2));
    this.spans.fill(UNREAD, old);
  }
}
