/** A reusable, growable columnar buffer of analysed terms: no object per term. */
export class TermBuffer {
  /** Term ids (see `Analyzer.term(id)`). */
  ids = new Int32Array(1024);
  /** Word positions, counting removed stopwords too, so phrase gaps stay visible. */
  positions = new Int32Array(1024);
  /** Span of the source word in the original text. */
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  /** Number of terms held. */
  length = 0;

  /** Empties the buffer, keeping its memory. */
  reset(): void {
    this.length = 0;
  }

  /** Appends one term. */
  push(id: number, position: number, start: number, end: number): void {
    if (this.length === this.ids.length) this.grow();
    const i = this.length++;
    this.ids[i] = id;
    this.positions[i] = position;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  private grow(): void {
    const n = this.ids.length * 2;
    const g = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.ids = g(this.ids);
    this.positions = g(this.positions);
    this.starts = g(this.starts);
    this.ends = g(this.ends);
  }
}
