/**
 * `rasd analyze`'s output, built as UTF-8 bytes: each distinct term is encoded once into one pool
 * of bytes, and a line is copied byte by byte from the pool into a block, which is handed out to be
 * written once it is full. Building strings per term and encoding them again at every write cost
 * more than the analysis of a word already seen; so did a Buffer per term, read through its own
 * object at every copy. An id with no term (a stopword, known as such only once a worker has read
 * it) is left out.
 */
import { grown } from '../text/grow.js';

/** Bytes gathered before a block is handed out. */
const BLOCK = 1 << 16;
const SPACE = 0x20;
const NEWLINE = 0x0a;
/** `length` of an id not encoded yet, and of an id with no term. */
const UNREAD = -1;
const NONE = -2;

export class TermLines {
  /** Every encoded term's bytes, one after another. */
  private pool = Buffer.allocUnsafe(1 << 16);
  private poolLen = 0;
  /** Per id: where its bytes start in `pool`, and how many (or UNREAD, NONE). */
  private start = new Int32Array(1024);
  private length = new Int32Array(1024).fill(UNREAD);
  private block = Buffer.allocUnsafe(BLOCK);
  private used = 0;

  constructor(private readonly term: (id: number) => string | null) {}

  /**
   * Adds a line of the terms `ids[0..count)`, space-separated. Returns the block when it is full (a
   * new one is started: the stream keeps the old one until it has written it), else null.
   */
  line(ids: ArrayLike<number>, count: number): Buffer | null {
    let need = 1;
    for (let i = 0; i < count; i++) need += Math.max(0, this.encode(ids[i]!)) + 1;
    const out = this.used + need > this.block.length ? this.take(need) : null;
    const block = this.block;
    const pool = this.pool;
    let at = this.used;
    let first = true;
    for (let i = 0; i < count; i++) {
      const id = ids[i]!;
      const len = this.length[id]!;
      if (len === NONE) continue;
      if (!first) block[at++] = SPACE;
      first = false;
      // Byte by byte: a term is a few bytes, where a copy of a subarray costs a call and an object.
      for (let k = this.start[id]!, stop = k + len; k < stop; k++) block[at++] = pool[k]!;
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

  /** Encodes an id's term into the pool the first time it is seen; returns its byte length, or NONE. */
  private encode(id: number): number {
    if (id >= this.length.length) {
      const n = Math.max(id + 1, this.length.length * 2);
      const old = this.length.length;
      this.start = grown(this.start, n);
      this.length = grown(this.length, n);
      this.length.fill(UNREAD, old);
    }
    const len = this.length[id]!;
    if (len !== UNREAD) return len;
    const term = this.term(id);
    if (term === null) return (this.length[id] = NONE);
    // A UTF-8 byte per code unit is at most 3 (a surrogate pair's 4 bytes are 2 units).
    if (this.poolLen + term.length * 3 > this.pool.length) this.pool = Buffer.concat([this.pool.subarray(0, this.poolLen)], Math.max(this.pool.length * 2, this.poolLen + term.length * 3));
    const written = this.pool.write(term, this.poolLen);
    this.start[id] = this.poolLen;
    this.poolLen += written;
    return (this.length[id] = written);
  }
}
