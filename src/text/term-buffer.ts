/** A reusable, growable columnar buffer of analysed terms: no object per term. */
import { grown } from './grow.js';

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
  /** How many of them are extra readings sharing the position of the term before (surface terms). */
  extra = 0;

  /** Empties the buffer, keeping its memory. */
  reset(): void {
    this.length = 0;
    this.extra = 0;
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
    this.ids = grown(this.ids, n);
    this.positions = grown(this.positions, n);
    this.starts = grown(this.starts, n);
    this.ends = grown(this.ends, n);
  }
}
