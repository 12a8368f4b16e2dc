/**
 * CSV in pieces of whole records. A record ends at a line break outside quotes (the quote count of
 * the record so far is even); the first record is the header, handed over on its own.
 */
import type { StreamLimits } from './limits.js';
import { LineSplitter } from './line-splitter.js';
import { chars, type PieceEvent, type Splitter } from './pieces.js';

function quotes(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

export class CsvSplitter implements Splitter {
  private readonly lines: LineSplitter;
  /** Lines of complete records not yet handed over, from offset `start`. */
  private parts: string[] = [];
  private start = -1;
  private size = 0;
  /** Lines of the record in progress, from offset `recordStart`; `open` while its quotes are unbalanced. */
  private record: string[] = [];
  private recordStart = -1;
  private recordSize = 0;
  private open = false;
  /** Set while the record in progress is over the limit and being skipped: where it began. */
  private dropping = -1;
  private header = true;
  /** Where the last line seen ends. */
  private seen = 0;
  private out: PieceEvent[] = [];

  constructor(private readonly limits: StreamLimits) {
    this.lines = new LineSplitter(limits.maxRecord, {
      line: (text, start) => this.line(text, start, quotes(text), false),
      long: (start, end, q) => this.line('', start, q, true, end),
    });
  }

  private line(text: string, start: number, q: number, long: boolean, longEnd = 0): void {
    if (this.recordStart < 0 && this.dropping < 0) this.recordStart = start;
    this.seen = long ? longEnd : start + text.length;
    if (q % 2) this.open = !this.open;
    if (this.dropping < 0 && (long || this.recordSize + text.length > this.limits.maxRecord)) {
      this.dropping = this.recordStart;
      this.record = [];
    }
    if (this.dropping >= 0) {
      if (!this.open) this.skip(long ? longEnd : start + text.length);
      return;
    }
    this.record.push(text);
    this.recordSize += text.length + 1;
    if (!this.open) this.completeRecord();
  }

  private completeRecord(): void {
    if (this.header) {
      this.header = false;
      this.out.push({ kind: 'header', text: this.record.join('\n'), base: this.recordStart });
    } else {
      if (this.start < 0) this.start = this.recordStart;
      for (const l of this.record) this.parts.push(l);
      this.size += this.recordSize;
      if (this.size >= this.limits.piece) this.flush();
    }
    this.record = [];
    this.recordStart = -1;
    this.recordSize = 0;
  }

  private skip(end: number): void {
    this.flush();
    const message = `a record of ${chars(end - this.dropping)} is over the ${chars(this.limits.maxRecord)} limit; skipped`;
    this.out.push({ kind: 'skipped', start: this.dropping, end, code: 'records/too-large', message, severity: 'error' });
    this.dropping = -1;
    this.recordStart = -1;
    this.recordSize = 0;
  }

  private flush(): void {
    if (this.start >= 0) this.out.push({ kind: 'piece', text: this.parts.join('\n'), base: this.start });
    this.parts = [];
    this.start = -1;
    this.size = 0;
  }

  push(chunk: string, out: PieceEvent[]): void {
    this.out = out;
    this.lines.push(chunk);
  }

  end(out: PieceEvent[]): void {
    this.out = out;
    this.lines.end();
    if (this.dropping >= 0) this.skip(this.seen);
    else if (this.record.length) {
      // An unclosed quote at the end: hand the rest over, the scanner reports it truncated.
      if (this.header) this.completeRecord();
      else {
        this.flush();
        this.out.push({ kind: 'piece', text: this.record.join('\n'), base: this.recordStart });
      }
    }
    this.flush();
  }
}
