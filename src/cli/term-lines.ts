/**
 * `rasd analyze`'s output, built as UTF-8 bytes: each distinct term is encoded once, and a line is
 * copied byte by byte into a block, which is handed out to be written once it is full. Building
 * strings per term and encoding them again at every write cost more than the analysis of a word
 * already seen.
 */

/** Bytes gathered before a block is handed out. */
const BLOCK = 1 << 16;
const SPACE = 0x20;
const NEWLINE = 0x0a;

export class TermLines {
  private readonly encoded: Array<Buffer | undefined> = [];
  private block = Buffer.allocUnsafe(BLOCK);
  private used = 0;

  constructor(private readonly term: (id: number) => string) {}

  /**
   * Adds a line of the terms `ids[0..count)`, space-separated. Returns the block when it is full (a
   * new one is started: the stream keeps the old one until it has written it), else null.
   */
  line(ids: ArrayLike<number>, count: number): Buffer | null {
    let need = 1;
    for (let i = 0; i < count; i++) need += this.bytes(ids[i]!).length + 1;
    const out = this.used + need > this.block.length ? this.take(need) : null;
    for (let i = 0; i < count; i++) {
      if (i) this.block[this.used++] = SPACE;
      const b = this.encoded[ids[i]!]!;
      b.copy(this.block, this.used);
      this.used += b.length;
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

  private bytes(id: number): Buffer {
    let b = this.encoded[id];
    if (b === undefined) this.encoded[id] = b = Buffer.from(this.term(id), 'utf8');
    return b;
  }
}
