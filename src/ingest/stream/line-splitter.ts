/**
 * Lines of a text fed chunk by chunk, with their offsets. A line longer than `max` is never held
 * in memory: it is reported with its span (and how many `"` it held, for CSV quoting) and skipped.
 */

export interface LineSink {
  /** A line without its `\n` (a `\r` before it is kept), starting at offset `start`. */
  line(text: string, start: number): void;
  /** A line of `[start, end)` that was over the limit and skipped; `quotes` counts its `"`. */
  long(start: number, end: number, quotes: number): void;
}

function countQuotes(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('"', from); i >= 0 && i < to; i = s.indexOf('"', i + 1)) n++;
  return n;
}

export class LineSplitter {
  /** The unfinished line, starting at offset `base`. */
  private buf = '';
  private base = 0;
  /** Start of the over-long line being skipped, or -1. */
  private skipFrom = -1;
  private skipQuotes = 0;

  constructor(private readonly max: number, private readonly sink: LineSink) {}

  push(chunk: string): void {
    let from = 0;
    if (this.skipFrom >= 0) {
      const nl = chunk.indexOf('\n');
      const stop = nl < 0 ? chunk.length : nl;
      this.skipQuotes += countQuotes(chunk, 0, stop);
      this.base += stop;
      if (nl < 0) return;
      this.sink.long(this.skipFrom, this.base, this.skipQuotes);
      this.skipFrom = -1;
      this.base += 1;
      from = nl + 1;
    }
    const text = from === 0 ? this.buf + chunk : chunk.slice(from);
    let at = 0;
    for (let nl = text.indexOf('\n', from === 0 ? this.buf.length : 0); nl >= 0; nl = text.indexOf('\n', at)) {
      if (nl - at > this.max) this.sink.long(this.base + at, this.base + nl, countQuotes(text, at, nl));
      else this.sink.line(text.slice(at, nl), this.base + at);
      at = nl + 1;
    }
    if (text.length - at > this.max) {
      this.skipFrom = this.base + at;
      this.skipQuotes = countQuotes(text, at, text.length);
      this.base += text.length;
      this.buf = '';
    } else {
      this.buf = at === 0 ? text : text.slice(at);
      this.base += at;
    }
  }

  end(): void {
    if (this.skipFrom >= 0) this.sink.long(this.skipFrom, this.base, this.skipQuotes);
    else if (this.buf.length) this.sink.line(this.buf, this.base);
    this.buf = '';
    this.skipFrom = -1;
  }
}
