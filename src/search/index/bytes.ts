/** LEB128 varints: a growable byte writer and a cursor reader, the encoding of every posting list. */

export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 16) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Appends a non-negative integer below 2^31 in 1–5 bytes. */
  varint(n: number): void {
    if (this.length + 5 > this.bytes.length) this.grow(this.length + 5);
    const b = this.bytes;
    while (n > 0x7f) {
      b[this.length++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    b[this.length++] = n;
  }

  byte(n: number): void {
    if (this.length + 1 > this.bytes.length) this.grow(this.length + 1);
    this.bytes[this.length++] = n;
  }

  append(src: Uint8Array): void {
    if (this.length + src.length > this.bytes.length) this.grow(this.length + src.length);
    this.bytes.set(src, this.length);
    this.length += src.length;
  }

  /** The bytes written, as a view (copy it before writing more if it must be kept). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  reset(): void {
    this.length = 0;
  }

  private grow(need: number): void {
    const b = new Uint8Array(Math.max(need, this.bytes.length * 2));
    b.set(this.bytes.subarray(0, this.length));
    this.bytes = b;
  }
}

/** Reads varints from `bytes`, advancing `pos`. */
export class ByteReader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  varint(): number {
    const b = this.bytes;
    let n = 0;
    let shift = 0;
    for (;;) {
      const c = b[this.pos++]!;
      n |= (c & 0x7f) << shift;
      if (c < 0x80) return n >>> 0;
      shift += 7;
    }
  }

  byte(): number {
    return this.bytes[this.pos++]!;
  }

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }
}
