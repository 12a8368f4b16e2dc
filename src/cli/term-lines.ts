/**
 * `rasd analyze`'s output, built as UTF-8 bytes: each distinct term is encoded once, and a line is
 * copied byte by byte into a block, which is handed out to be written once it is full. Building
 * strings per term and encoding them again at every write cost more than the analysis of a word
 * already seen. An id with no term (a stopword, known as such only once a worker has read it) is
 * left out.
 */

/** Bytes gathered before a block is handed out. */
const BLOCK = 1 << 16;
const SPACE = 0x20;
const NEWLINE = 0x0a;

export class TermLines {
  private readonly encoded: Array<Buffer | null | undefined> = [];
  private block = Buffer.allocUnsafe(BLOCK);
  private used = 0;

  constructor(private readonly term: (id: number) => string | null) {}

  /**
   * Adds a line of the terms `ids[0..count)`, space-separated. Returns the block when it is full (a
   * new one is started: the stream keeps the old one until it has written it), else null.
   */
  line(ids: ArrayLike<number>, count: number): Buffer | null {
    let need = 1;
    for (let i = 0; i < count; i++) need += (this.bytes(ids[i]!)?.length ?? 0) + 1;
    const out = this.used + need > this.block.length ? this.take(need) : null;
    let first = true;
    for (let i = 0; i < count; i++) {
      const b = this.encoded[ids[i]!]!;
      if (b === null) continue;
      const block = this.block;
      let at = this.used;
      if (!first) block[at++] = SPACE;
      first = false;
      // Byte by byte: a term is a few bytes, where Buffer#copy costs a call into the runtime.
      for (let k = 0; k < b.length; k++) block[at++] = b[k]!;
      this.used = at;
    }
    this.block[this.used++] = NEWLINE;
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

  private bytes(id: number): Buffer | null {
    let b = this.encoded[id];
    if (b === undefined) {
      const term = this.term(id);
      this.encoded[id] = b = term === null ? null : Buffer.from(term, 'utf8');
    }
    return b;
  }
}
